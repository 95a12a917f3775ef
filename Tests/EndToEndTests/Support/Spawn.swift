import Foundation

/// Runs `argv` (an absolute path first) in `folder` with exactly `environment`, with posix_spawn
/// and waitpid on its own pid (see runCtl); its exit status and its stdout and stderr together.
func spawnCommand(_ argv: [String], in folder: URL? = nil, environment: [String: String]) throws -> (status: Int32, output: String) {
    let name = URL(fileURLWithPath: argv[0]).lastPathComponent
    let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
    defer { unlink(outputFile) }
    var env = environment
    // sh sets the folder and sends both streams to the file; its pid is the one waited for.
    let script = #"cd "$1" && shift && exec "$@" >"$OUT" 2>&1"#
    let shellArguments = ["/bin/sh", "-c", script, "sh", folder?.path ?? FileManager.default.currentDirectoryPath] + argv
    env["OUT"] = outputFile
    let cArguments = shellArguments.map { strdup($0) } + [nil]
    let cEnvironment = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (cArguments + cEnvironment).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, cArguments, cEnvironment)
    guard spawned == 0 else { throw TimeoutError(what: "starting \(name) (posix_spawn error \(spawned))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw TimeoutError(what: "waiting for \(name) (errno \(errno))") }
    }
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
    return (exitStatus, output)
}

/// Another user for a process the tests start: `setpriv` (util-linux) switches to it before exec.
struct TestUser: Sendable, CustomStringConvertible {
    var name: String
    var uid: UInt32
    /// The group it runs with (its only one): what lets it connect to a socket of that group.
    var group: String
    var gid: UInt32

    /// `nobody:nogroup`, on every Debian machine.
    static let nobody = TestUser(name: "nobody", uid: 65534, group: "nogroup", gid: 65534)
    /// `daemon` (uid 1) run with the group `nogroup`: another member of nobody's group.
    static let daemonInNogroup = TestUser(name: "daemon", uid: 1, group: "nogroup", gid: 65534)

    /// `argv` prefixed so that it runs as this user, with this group only.
    func command(_ argv: [String]) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups"] + argv
    }

    var description: String { "uid \(uid) (\(name))" }

    /// True when this test process may switch users (it runs as root, as here and in CI).
    static var canSwitch: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") }
}

/// One HTTP request with curl on a Unix socket, as `user` (nil: as this process); its status and body.
func curl(_ method: String, _ path: String, socket: String, as user: TestUser? = nil) throws -> (status: Int, body: String) {
    let argv = ["/usr/bin/curl", "-sS", "--unix-socket", socket, "-X", method, "-w", "\n%{http_code}", "http://localhost\(path)"]
    let result = try spawnCommand(user?.command(argv) ?? argv, environment: ["PATH": "/usr/bin:/bin"])
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    return (Int(lines.last ?? "") ?? -1, lines.dropLast().joined(separator: "\n"))
}
