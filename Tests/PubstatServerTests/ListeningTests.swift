import Foundation
import Logging
import PubstatClient
import PubstatProjections
import PubstatServer
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Binding a path, file mode, stale files, refusal, socket activation.
@Suite struct ListeningTests {
    let directory: TemporaryDirectory
    let socket: String

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
    }

    @Test func socketFileIsMode0660AndRemovedOnShutdown() async throws {
        try await withServer(on: .path(socket)) {
            var info = stat()
            #expect(lstat(socket, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o660)
            #expect(info.st_mode & S_IFMT == S_IFSOCK)
        }
        #expect(!FileManager.default.fileExists(atPath: socket))
    }

    @Test func customMode() async throws {
        try await withServer(on: .path(socket, mode: 0o600)) {
            var info = stat()
            #expect(lstat(socket, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600)
        }
    }

    @Test func refusesWhenAnotherServerListens() async throws {
        try await withServer(on: .path(socket)) {
            let second = PubstatHTTPServer(queries: StubQueries(), socket: .path(socket), logger: Logger(label: "second"))
            await #expect(throws: PubstatServerError.alreadyListening(path: socket)) { try await second.run() }
            // The first server still answers.
            let health = try await PubstatClient(socketPath: socket).get("/v1/health", as: HealthReport.self)
            #expect(health.status == "ok")
        }
    }

    @Test func replacesAStaleSocketFile() async throws {
        let fd = try boundSocket(at: socket, listening: false)
        close(fd)
        #expect(FileManager.default.fileExists(atPath: socket))
        await #expect(throws: ClientError.notRunning(socketPath: socket, .refused)) {
            try await PubstatClient(socketPath: socket).get("/v1/health")
        }
        try await withServer(on: .path(socket)) {
            let health = try await PubstatClient(socketPath: socket).get("/v1/health", as: HealthReport.self)
            #expect(health.version == "test-1")
        }
    }

    @Test func leavesAFileThatIsNotASocket() async throws {
        #expect(FileManager.default.createFile(atPath: socket, contents: Data("keep me".utf8)))
        let server = PubstatHTTPServer(queries: StubQueries(), socket: .path(socket), logger: Logger(label: "t"))
        await #expect(throws: PubstatServerError.notASocket(path: socket)) { try await server.run() }
        #expect(FileManager.default.contents(atPath: socket) == Data("keep me".utf8))
    }

    @Test func servesAnInheritedDescriptor() async throws {
        let fd = try boundSocket(at: socket, listening: true)
        try await withServer(on: .inherited(fd: fd)) {
            let client = PubstatClient(socketPath: socket)
            let health = try await client.get("/v1/health", as: HealthReport.self)
            #expect(health.version == "test-1")
            let missing = try await client.get("/v1/bulletins/" + String(repeating: "0", count: 64))
            #expect(missing.status == 404)
        }
    }

    /// systemd sets the inherited socket's mode (SocketMode=); pubstatd logs it and warns when everyone may connect.
    @Test(arguments: [mode_t(0o660), 0o666])
    func anInheritedSocketsModeIsLoggedAndAnOpenOneWarnedAbout(mode: mode_t) async throws {
        let fd = try boundSocket(at: socket, listening: true)
        #expect(chmod(socket, mode) == 0)
        let recorder = LogRecorder()
        let status = try await withServer(on: .inherited(fd: fd), logger: recorder.logger()) {
            try await PubstatClient(socketPath: socket).get("/v1/health").status
        }
        #expect(status == 200)
        let entry = try #require(recorder.entries.first { $0.metadata["socket.path"] == socket })
        #expect(entry.metadata["socket.mode"] == String(mode, radix: 8))
        #expect(entry.metadata["socket.uid"] == "\(getuid())")
        #expect(entry.level == (mode == 0o666 ? .warning : .info), "\(entry.message)")
    }

    @Test func rejectsADescriptorThatIsNotListening() async throws {
        let fd = try boundSocket(at: socket, listening: false)
        defer { close(fd) }
        let server = PubstatHTTPServer(queries: StubQueries(), socket: .inherited(fd: fd), logger: Logger(label: "t"))
        await #expect(throws: PubstatServerError.self) { try await server.run() }
    }

    @Test func clientReportsAMissingDaemon() async throws {
        let error = await #expect(throws: ClientError.self) {
            try await PubstatClient(socketPath: socket).get("/v1/health")
        }
        #expect(error == .notRunning(socketPath: socket, .noSocket))
        #expect(error?.exitCode == 69)
        #expect(error?.description.contains("pubstatd is not running (no socket at \(socket))") == true)
    }
}

/// An AF_UNIX stream socket bound at `path`, listening if asked: what systemd would pass in.
func boundSocket(at path: String, listening: Bool) throws -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw TestFailure("socket: errno \(errno)") }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
        buffer.copyBytes(from: path.utf8)
        buffer[path.utf8.count] = 0
    }
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard bound == 0 else { close(fd); throw TestFailure("bind \(path): errno \(errno)") }
    if listening, listen(fd, 16) != 0 { close(fd); throw TestFailure("listen: errno \(errno)") }
    return fd
}
