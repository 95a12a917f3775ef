print("pubstatd: not yet wired")
