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
        try move(name, from: source, to: destination, tag: tag, reserve: 0, before: { _ in })
    }

    /// Like ``move(_:from:to:tag:)``, running `before` with the chosen name just before the
    /// rename (to write a file that must exist by the time the moved file appears). The chosen
    /// name leaves `reserve` bytes of `NAME_MAX` free, for the suffix of a file kept beside it.
    @discardableResult
    static func move(
        _ name: String, from source: String, to destination: String, tag: String?, reserve: Int, before: (String) throws -> Void
    ) throws -> String {
        try move(name, to: destination, tag: tag, reserve: reserve, before: before) { target in
            try Posix.renameNoReplace("\(source)/\(name)", to: target)
        }
    }

    /// Moves a directory entry whose raw name may not be UTF-8; it is stored under its
    /// ``DirectoryEntry/displayName`` (invalid bytes written as `\xNN`).
    @discardableResult
    static func move(
        _ entry: DirectoryEntry, from source: String, to destination: String, reserve: Int, before: (String) throws -> Void
    ) throws -> String {
        try move(entry.displayName, to: destination, tag: nil, reserve: reserve, before: before) { target in
            try Posix.renameNoReplace(entry, in: source, to: target)
        }
    }

    private static func move(
        _ name: String, to destination: String, tag: String?, reserve: Int, before: (String) throws -> Void,
        rename: (String) throws -> Void
    ) throws -> String {
        for candidate in lazyCandidates(for: name, tag: tag, limit: Int(NAME_MAX) - reserve) {
            guard try Posix.statIfExists("\(destination)/\(candidate)") == nil else { continue }
            try before(candidate)
            do {
                try rename("\(destination)/\(candidate)")
                return candidate
            } catch let error as PosixError where error.isAlreadyExists {
                continue
            }
        }
        throw PosixError(errno: EEXIST, call: "rename", path: name, destination: destination)
    }

    /// `name`, then `name.<tag>`, `name.<tag>.2` …, each at most `limit` bytes: a name too long
    /// for its suffix is cut short (at a character boundary) before it.
    static func candidates(for name: String, tag: String?, limit: Int) -> [String] {
        Array(lazyCandidates(for: name, tag: tag, limit: limit))
    }

    /// ``candidates(for:tag:limit:)``, each made only when asked for: a move almost always takes
    /// the first, and making all thousand names for every file was a tenth of a back-fill's CPU.
    static func lazyCandidates(for name: String, tag: String?, limit: Int) -> some Sequence<String> {
        (0...1000).lazy.compactMap { index -> String? in
            let suffix: String
            switch index {
            case 0: return name.utf8.count <= limit ? name : nil
            case 1:
                guard let tag else { return nil }
                suffix = ".\(tag)"
            default: suffix = ".\(tag ?? "copy").\(index)"
            }
            return name.prefix(utf8Bytes: limit - suffix.utf8.count) + suffix
        }
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
        case .symbolicLink:
            "Copy or move the file itself into the inbox, not a link to it; the link is kept here untouched."
        case .notRegularFile:
            "Only regular files are read. Write the bulletin to a file (ideally a temporary name renamed into the inbox) and drop that; the entry is kept here untouched."
        case .unusableName:
            "Rename the file to a UTF-8 name and move it back into the inbox."
        case .unreadableSidecar:
            "Check the permissions of <name>.meta.json; pubstatd must be able to read it. Then move the bulletin and its sidecar back into the inbox."
        case .tooManyFigures:
            "Split the file into its bulletins, one per file, and drop those (the same bytes are recognised and rejected again)."
        }
    }
}
