/// Why a dropped file was not ingested, as a stable machine-readable code. The raw value is
/// what the log (`bulletin.rejected`), the `<name>.reason.json` files and the API carry.
///
/// Codes are never renamed or removed: old logs hold them.
public enum RejectionCode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Zero bytes.
    case emptyFile = "empty_file"
    /// Larger than a bulletin can be.
    case tooLarge = "too_large"
    /// NUL bytes or many control characters.
    case binaryContent = "binary_content"
    /// Not UTF-8, UTF-16 with a byte-order mark, nor Windows-1258.
    case unknownEncoding = "unknown_encoding"
    /// Decodes to nothing but white space.
    case noText = "no_text"
    /// The file could not be read (permissions, I/O error).
    case unreadable
    /// Its `<name>.meta.json` sidecar is not valid JSON of the sidecar's shape (not logged:
    /// the same bytes with a corrected sidecar are ingested).
    case malformedSidecar = "malformed_sidecar"
    /// Its sidecar exists but could not be read (not logged).
    case unreadableSidecar = "unreadable_sidecar"
    /// A symbolic link: never followed, so its target is never read (not logged).
    case symbolicLink = "symbolic_link"
    /// A named pipe, socket or device: only regular files are read (not logged).
    case notRegularFile = "not_regular_file"
    /// A name pubstatd cannot carry through intake: not UTF-8 (not logged).
    case unusableName = "unusable_name"
    /// So many figures and unclassified numbers that their event would exceed the log's
    /// record limit (16 MiB of JSON): usually many bulletins concatenated into one file.
    case tooManyFigures = "too_many_figures"
}

extension RejectionCode {
    /// The code for a string read from the log: the current raw values, and `empty`, which
    /// the extractor wrote for an empty file before the codes were one enum.
    public init?(logged text: String) {
        if text == "empty" {
            self = .emptyFile
        } else {
            self.init(rawValue: text)
        }
    }
}

extension JSONReader {
    mutating func readRejectionCode() throws -> RejectionCode {
        let start = position
        let text = try readString()
        guard let code = RejectionCode(logged: text) else {
            throw mismatch("not a rejection code: \"\(text)\" (known: \(RejectionCode.allCases.map(\.rawValue).joined(separator: ", ")))", at: start)
        }
        return code
    }
}
