print("pubstatd")
