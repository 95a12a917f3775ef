/// The release of pubstat that pubstatd reports in `/v1/health` and `pubstatctl --version` prints.
public enum PubstatRelease {
    public static let version = "0.1.0"
}
