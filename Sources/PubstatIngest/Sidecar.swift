import PubstatModel
import PubstatPosix

/// A bulletin's `<name>.meta.json` sidecar as found next to it in the inbox: its context, or why
/// it cannot be used. No sidecar is an empty context, not a failure.
struct Sidecar {
    /// Why a sidecar cannot be used.
    struct Failure {
        var code: RejectionCode
        var reason: String
    }

    var context: DocumentContext?
    var failure: Failure?

    /// Sidecars are a few hundred bytes; a larger one is not a sidecar.
    static let maxBytes = 64 << 10

    /// Reads and parses the sidecar at `path` of bulletin `name`.
    static func read(_ path: String, of name: String) -> Sidecar {
        let bytes: [UInt8]
        do {
            bytes = try Posix.readFile(path, maxBytes: maxBytes)
        } catch let error as PosixError where error.isNotFound {
            return Sidecar()
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
