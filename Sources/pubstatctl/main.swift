print("pubstatctl")
