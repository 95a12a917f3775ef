import PubstatModel
import PubstatPosix
#if canImport(Glibc)
import Glibc
#endif

/// A bulletin's `<name>.meta.json` sidecar as found next to it in the inbox: its context, or why
/// it cannot be used. No sidecar is an empty context, not a failure.
struct Sidecar {
    /// Why a sidecar cannot be used.
    struct Failure {
        var code: RejectionCode
        var reason: String
        /// Out of descriptors, memory or I/O for now: try again later rather than reject.
        var isTransient = false
    }

    var context: DocumentContext?
    var failure: Failure?

    /// Sidecars are a few hundred bytes; a larger one is not a sidecar.
    static let maxBytes = 64 << 10

    /// Reads and parses the sidecar at `path` of bulletin `name`.
    static func read(_ path: String, of name: String) -> Sidecar {
        // A bulletin whose name is near the length limit cannot have one.
        guard Posix.fileName(of: path).utf8.count <= Int(NAME_MAX) else { return Sidecar() }
        let bytes: [UInt8]
        do {
            // Opened like the bulletin: a link or a named pipe posing as a sidecar is refused.
            bytes = try InboxFile.read(path, maxBytes: maxBytes)
        } catch where error.isVanished {
            return Sidecar()
        } catch where error.isTransient {
            return Sidecar(failure: Failure(
                code: .unreadableSidecar, reason: "its sidecar \(name)\(InboxNames.sidecarSuffix) cannot be read for now: \(error)",
                isTransient: true))
        } catch {
            return Sidecar(failure: Failure(
                code: .unreadableSidecar, reason: "its sidecar \(name)\(InboxNames.sidecarSuffix) could not be read: \(error)"))
        }
        do {
            return Sidecar(context: try DocumentContext.sidecar(bytes))
        } catch {
            return Sidecar(failure: Failure(code: .malformedSidecar, reason: "its sidecar \(name)\(InboxNames.sidecarSuffix) cannot be used: \(error)"))
        }
    }
}
