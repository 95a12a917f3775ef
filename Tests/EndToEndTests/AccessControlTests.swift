import Foundation
import Testing

/// Issue 9 point 10, end to end: the socket is 0660 and the service's own; whoever can connect
/// may read; only root and the daemon's own user may make admin requests, others get a 403
/// that says who may; every admin request is logged with its peer. The clients really run
/// under other uids (`setpriv`), so the daemon reads their credentials from the kernel.
@Suite(.serialized, .enabled(if: TestUser.canSwitch, "needs root and setpriv (util-linux) to run clients as other users"))
struct AccessControlTests {
    /// Every admin request of the API; each must answer 403 to a peer that is neither root nor the daemon's user.
    static let adminRequests: [(method: String, path: String)] = [("POST", "/v1/reextract"), ("POST", "/v1/rebuild")]
    /// People's acts, admin requests too: without a body (or of an unknown figure) an admitted peer
    /// gets a 400 or 404 from the route, anyone else a 403 from the gate before it.
    static let actRequests: [(method: String, path: String)] = [
        ("POST", "/v1/figures/000000000000-0000000000000000/correct"), ("POST", "/v1/figures/000000000000-0000000000000000/confirm"),
        ("POST", "/v1/bulletins/00000000/retract"),
    ]
    /// Reads, open to whoever can connect.
    static let reads = ["/v1/health", "/v1/status", "/v1/bulletins", "/v1/projections/budget", "/v1/projections/visitors", "/v1/unclassified"]

    @Test func aMemberOfTheSocketsGroupMayReadButNotAdministerAndRootMay() async throws {
        let root = try temporaryFolder("access-group")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let socket = daemon.socketPath
        var info = stat()
        #expect(lstat(socket, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660 && info.st_uid == getuid() && info.st_gid == getgid(), "mode \(String(info.st_mode, radix: 8))")

        // nobody is now in the socket's group, as a user added to the pubstat group would be
        #expect(chown(socket, getuid(), TestUser.nobody.gid) == 0)
        let nobody = TestUser.nobody
        for request in Self.adminRequests + Self.actRequests {
            let reply = try curl(request.method, request.path, socket: socket, as: nobody)
            #expect(reply.status == 403, "\(request) as nobody: \(reply.body)")
            #expect(reply.body.contains("only root (uid 0, the user pubstatd runs as) may"), "\(reply.body)")
            #expect(reply.body.contains("you are uid 65534 (nobody)"), "\(reply.body)")
        }
        for path in Self.reads {
            let reply = try curl("GET", path, socket: socket, as: nobody)
            #expect(reply.status == 200, "GET \(path) as nobody: \(reply.body)")
        }
        let refused = try spawnCommand(nobody.command([try Binaries.url(of: "pubstatctl").path, "--socket", socket, "reextract"]), environment: [:])
        #expect(refused.status == 77, "\(refused.output)")
        #expect(refused.output.contains("you are uid 65534 (nobody)"), "\(refused.output)")
        let read = try spawnCommand(nobody.command([try Binaries.url(of: "pubstatctl").path, "--socket", socket, "status"]), environment: [:])
        #expect(read.status == 0, "\(read.output)")

        let asRoot = try runCtl(["--socket", socket, "reextract"])
        #expect(asRoot.status == 0, "\(asRoot.output)")
        try await daemon.stop()
        let log = daemon.log()
        #expect(log.contains("admin request refused: re-extract the stored bulletins"), "\(log)")
        #expect(log.contains("peer.uid=65534") && log.contains("peer.user=nobody"), "\(log)")
        #expect(log.contains("admin request allowed: re-extract the stored bulletins"), "\(log)")
        #expect(log.contains("peer.uid=0") && log.contains("peer.user=root"), "\(log)")
        #expect(log.contains("re-extraction started") && log.contains("re-extraction finished"), "\(log)")
        #expect(log.contains("examined=0"), "\(log)")
    }

    @Test func theDaemonsOwnUserMayAdministerAndAnotherMemberOfItsGroupMayNot() async throws {
        let root = try temporaryFolder("access-own")
        defer { try? FileManager.default.removeItem(at: root) }
        let owner = TestUser.nobody
        #expect(chown(root.path, owner.uid, owner.gid) == 0)
        let daemon = try await DaemonProcess(root: root, user: owner)
        let socket = daemon.socketPath
        var info = stat()
        #expect(lstat(socket, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660 && info.st_uid == owner.uid && info.st_gid == owner.gid)

        for request in Self.adminRequests {
            let own = try curl(request.method, request.path, socket: socket, as: owner)
            #expect(own.status == 200, "\(request) as the daemon's own user: \(own.body)")
            let other = try curl(request.method, request.path, socket: socket, as: .daemonInNogroup)
            #expect(other.status == 403, "\(request) as uid 1: \(other.body)")
            #expect(other.body.contains("only root or the nobody user (uid 65534) may"), "\(other.body)")
            #expect(other.body.contains("you are uid 1 (daemon)"), "\(other.body)")
            let superuser = try curl(request.method, request.path, socket: socket)
            #expect(superuser.status == 200, "\(request) as root: \(superuser.body)")
        }
        for request in Self.actRequests {
            #expect(try curl(request.method, request.path, socket: socket, as: owner).status != 403, "\(request) as the daemon's own user")
            #expect(try curl(request.method, request.path, socket: socket, as: .daemonInNogroup).status == 403, "\(request) as uid 1")
        }
        let read = try curl("GET", "/v1/status", socket: socket, as: .daemonInNogroup)
        #expect(read.status == 200, "\(read.body)")
        try await daemon.stop()
        #expect(daemon.log().contains("peer.uid=1 "), "\(daemon.log())")
    }
}
