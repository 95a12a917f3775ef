import PubstatModel
import PubstatPosix
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file from the inbox without trusting what it is.
///
/// Anyone who may drop files may drop a named pipe (whose `open` would block intake forever),
/// a symbolic link (whose target, any file pubstatd can read, would be stored and served), a
/// socket or a device. So the entry is opened with `O_NONBLOCK | O_NOFOLLOW`, the descriptor is
/// `fstat`ed, and only a regular file is read.
enum InboxFile {
    /// The bytes of the regular file at `path`, at most `maxBytes` of them.
    static func read(_ path: String, maxBytes: Int) throws(InboxFileError) -> [UInt8] {
        let fd: CInt
        do {
            fd = try Posix.open(path, .readOnly, options: [.noFollow, .nonBlocking])
        } catch {
            throw InboxFileError(opening: path, error)
        }
        defer { try? Posix.close(fd) }
        do {
            let kind = try Posix.fstat(fd, path: path).kind
            guard kind == .regular else { throw InboxFileError.notRegular(kind) }
            return try Posix.readAll(fd, path: path, maxBytes: maxBytes)
        } catch let error as InboxFileError {
            throw error
        } catch let error as PosixError where error.errno == EFBIG {
            throw InboxFileError.tooLarge(maxBytes)
        } catch let error as PosixError {
            throw InboxFileError(error)
        } catch {
            throw InboxFileError(PosixError(errno: EIO, call: "read", path: path))
        }
    }
}

/// Why an inbox entry was not read: gone, not a regular file, too large, unreadable, or (for
/// now) out of a resource such as file descriptors, in which case it must be tried again later.
struct InboxFileError: Error, CustomStringConvertible {
    private enum Code {
        case vanished
        case symbolicLink
        case notRegular(FileKind)
        case tooLarge(Int)
        case transient(PosixError)
        case unreadable(PosixError)
    }

    private let code: Code

    static let vanished = InboxFileError(code: .vanished)
    static func notRegular(_ kind: FileKind) -> InboxFileError { InboxFileError(code: .notRegular(kind)) }
    static func tooLarge(_ maxBytes: Int) -> InboxFileError { InboxFileError(code: .tooLarge(maxBytes)) }

    private init(code: Code) { self.code = code }

    /// Classifies a failed read or `fstat`.
    init(_ error: PosixError) {
        code = error.isNotFound ? .vanished : error.isTransient ? .transient(error) : .unreadable(error)
    }

    /// Classifies a failed `open(O_NOFOLLOW | O_NONBLOCK)`: `ELOOP` is a symbolic link, `ENXIO`
    /// a socket (or a device without a driver), anything else as for a read.
    init(opening path: String, _ error: any Error) {
        let error = error as? PosixError ?? PosixError(errno: EIO, call: "open", path: path)
        switch error.errno {
        case ELOOP: self = InboxFileError(code: .symbolicLink)
        case ENXIO: self = .notRegular((try? Posix.lstat(path).kind) ?? .socket)
        default: self = InboxFileError(error)
        }
    }

    /// The file is gone (moved or deleted by someone else).
    var isVanished: Bool { if case .vanished = code { true } else { false } }

    /// Out of descriptors, memory or I/O for now: the file stays in the inbox and is retried.
    var isTransient: Bool { if case .transient = code { true } else { false } }

    /// True for a directory: not pubstatd's to move; it is left where it is.
    var isDirectory: Bool { if case .notRegular(.directory) = code { true } else { false } }

    /// The code and the reason of the rejection, for a file that must go to failed/.
    var rejection: (code: RejectionCode, reason: String)? {
        switch code {
        case .vanished, .transient, .notRegular(.directory): nil
        case .symbolicLink:
            (.symbolicLink, "it is a symbolic link; pubstatd never follows links in the inbox, so the file it points to was not read")
        case .notRegular(let kind):
            (.notRegularFile, "it is a \(kind.rawValue), not a regular file; only regular files are read")
        case .tooLarge(let maxBytes):
            (.tooLarge, "the file is larger than \(maxBytes >> 20) MiB; bulletins are text documents far smaller than that")
        case .unreadable(let error):
            (.unreadable, "the file could not be read: \(error)")
        }
    }

    var description: String {
        switch code {
        case .vanished: "the file disappeared before it could be read"
        case .transient(let error): "the file cannot be read for now: \(error)"
        default: rejection?.reason ?? "a directory"
        }
    }
}
