#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where pubstatctl looks for pubstatd's socket, and how it tells the user where it looked.
///
/// `--socket PATH` when given; else `$PUBSTAT_SOCKET` when set and not empty; else the installed
/// daemon's `/run/pubstat/pubstatd.sock` when that file exists; else `var/pubstatd.sock` below
/// the current folder, where `scripts/run.sh` puts it.
public struct SocketLocation: Sendable, Hashable {
    public static let environmentVariable = "PUBSTAT_SOCKET"
    public static let system = "/run/pubstat/pubstatd.sock"
    public static let development = "var/pubstatd.sock"

    /// The socket to use.
    public var path: String
    /// What was tried, in order, each with what was found: for the "not running" message.
    public var searched: [String]
    /// True when the path was given with `--socket`.
    public var explicit: Bool

    /// Picks the socket. `exists` tells whether a file is at a path (injectable for tests);
    /// `currentDirectory` makes the relative default absolute in ``searched``.
    public static func resolve(
        option: String?, environment: [String: String], currentDirectory: String? = nil,
        exists: (String) -> Bool = SocketLocation.fileExists
    ) -> SocketLocation {
        if let option { return SocketLocation(path: option, searched: ["--socket \(option)"], explicit: true) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return SocketLocation(path: fromEnvironment, searched: ["$\(environmentVariable) (\(fromEnvironment))"], explicit: false)
        }
        var searched = ["$\(environmentVariable) (not set)"]
        if exists(system) {
            searched.append(system)
            return SocketLocation(path: system, searched: searched, explicit: false)
        }
        searched.append("\(system) (absent)")
        let shown = currentDirectory.map { $0.hasSuffix("/") ? $0 + development : $0 + "/" + development } ?? development
        searched.append(shown)
        return SocketLocation(path: development, searched: searched, explicit: false)
    }

    /// True when something (of any type) is at `path`, or when this user may not look (`EACCES`):
    /// then connecting says "permission denied", which tells the user what to do, where "absent" would mislead.
    public static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 || errno == EACCES
    }

    /// `looked at $PUBSTAT_SOCKET (not set), /run/pubstat/pubstatd.sock (absent), /home/a/var/pubstatd.sock`.
    public var searchedText: String {
        "looked at " + searched.joined(separator: ", ")
    }
}
