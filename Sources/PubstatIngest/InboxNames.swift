/// Which names in the inbox are bulletins to ingest.
///
/// Writers that drop files by writing a temporary name and renaming it must not have the
/// temporary file read: dot-files and names ending in `.tmp` or `.part` wait until renamed.
/// `<name>.meta.json` is the sidecar of bulletin `<name>`: read with it, never on its own.
public enum InboxNames {
    public static let ignoredSuffixes = [".tmp", ".part"]
    public static let sidecarSuffix = ".meta.json"

    /// True when `name` should be ingested.
    public static func isCandidate(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("."), !isSidecar(name) else { return false }
        return !ignoredSuffixes.contains { name.hasSuffix($0) }
    }

    /// True for `<name>.meta.json`: a bulletin's sidecar, which waits for its bulletin.
    public static func isSidecar(_ name: String) -> Bool {
        name.hasSuffix(sidecarSuffix) && name.utf8.count > sidecarSuffix.utf8.count
    }

    /// The sidecar's name for bulletin `name`.
    public static func sidecar(of name: String) -> String { name + sidecarSuffix }
}
