/// Which names in the inbox are bulletins to ingest.
///
/// Writers that drop files by writing a temporary name and renaming it must not have the
/// temporary file read: dot-files and names ending in `.tmp` or `.part` wait until renamed.
public enum InboxNames {
    public static let ignoredSuffixes = [".tmp", ".part"]

    /// True when `name` should be ingested.
    public static func isCandidate(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix(".") else { return false }
        return !ignoredSuffixes.contains { name.hasSuffix($0) }
    }
}
