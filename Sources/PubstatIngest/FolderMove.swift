import PubstatModel
import PubstatPosix
#if canImport(Glibc)
import Glibc
#endif

/// Moves a file between folders without ever replacing a file already there.
enum FolderMove {
    /// Moves `name` from `source` to `destination`; if the name is taken there, the file is
    /// stored as `name.<tag>` (then `name.<tag>.2`, …). Returns the name it was given.
    @discardableResult
    static func move(_ name: String, from source: String, to destination: String, tag: String?) throws -> String {
        try move(name, from: source, to: destination, tag: tag, before: { _ in })
    }

    /// Like ``move(_:from:to:tag:)``, running `before` with the chosen name just before the
    /// rename (to write a file that must exist by the time the moved file appears).
    @discardableResult
    static func move(_ name: String, from source: String, to destination: String, tag: String?, before: (String) throws -> Void) throws -> String {
        for candidate in candidates(for: name, tag: tag) {
            guard try Posix.statIfExists("\(destination)/\(candidate)") == nil else { continue }
            try before(candidate)
            do {
                try Posix.renameNoReplace("\(source)/\(name)", to: "\(destination)/\(candidate)")
                return candidate
            } catch let error as PosixError where error.isAlreadyExists {
                continue
            }
        }
        throw PosixError(errno: EEXIST, call: "rename", path: "\(source)/\(name)", destination: destination)
    }

    private static func candidates(for name: String, tag: String?) -> [String] {
        var candidates = [name]
        if let tag { candidates.append("\(name).\(tag)") }
        for attempt in 2...1000 { candidates.append("\(name).\(tag ?? "copy").\(attempt)") }
        return candidates
    }
}

extension RejectionNote {
    /// What a person can do about a rejection of this kind.
    static func hint(for code: RejectionCode) -> String {
        switch code {
        case .emptyFile: "Drop the file again once it has content."
        case .tooLarge, .binaryContent, .unknownEncoding, .noText:
            "Only text or HTML bulletins (UTF-8, UTF-16 with BOM or Windows-1258) are read. Convert the document to text and drop it again (the same bytes are recognised and rejected again)."
        case .unreadable: "Check the file's permissions; pubstatd must be able to read it. Drop it again afterwards."
        case .malformedSidecar:
            "Fix <name>.meta.json (a JSON object with the optional strings source_url, publisher, published YYYY-MM-DD and jurisdiction level:Name), put it in the inbox, then move the bulletin back into the inbox; nothing was logged for it."
        case .unreadableSidecar:
            "Check the permissions of <name>.meta.json; pubstatd must be able to read it. Then move the bulletin and its sidecar back into the inbox."
        }
    }
}
