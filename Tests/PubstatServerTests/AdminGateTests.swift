import Foundation
import NIOCore
import Hummingbird
import HummingbirdCore
import Logging
import PubstatClient
import PubstatModel
import PubstatServer
import Synchronization
import Testing

/// Who may make admin requests, and what everyone else is told.
@Suite struct AdminPolicyTests {
    let policy = AdminPolicy(serviceUID: 998, serviceUserName: "pubstat")
    static let alice = Peer(uid: 1000, gid: 1000, pid: 4711, userName: "alice")

    @Test func rootAndTheServiceUserMayNobodyElse() {
        #expect(policy.allows(Peer(uid: 0, gid: 0, pid: 1, userName: "root")))
        #expect(policy.allows(Peer(uid: 998, gid: 998, pid: 2, userName: "pubstat")))
        #expect(!policy.allows(Self.alice))
        #expect(!policy.allows(Peer(uid: 998 + 1, gid: 998, pid: 3, userName: nil)))
        #expect(!policy.allows(nil))
    }

    @Test func theRefusalSaysWhoMayAndWhoAsked() {
        let message = policy.refusal(of: Self.alice, action: "re-extract the stored bulletins", request: "POST /v1/reextract")
        #expect(message == "only root or the pubstat user (uid 998) may re-extract the stored bulletins (POST /v1/reextract); "
            + "you are uid 1000 (alice). Run the command as one of them, e.g. with sudo")
    }

    @Test func aDaemonRunAsRootOrAnUnnamedUserIsDescribedAsSuch() {
        #expect(AdminPolicy(serviceUID: 0, serviceUserName: "root").whoMay == "root (uid 0, the user pubstatd runs as)")
        #expect(AdminPolicy(serviceUID: 4242, serviceUserName: nil).whoMay == "root or the user pubstatd runs as (uid 4242)")
        let unknown = policy.refusal(of: nil, action: "do it", request: "POST /x")
        #expect(unknown.contains("pubstatd could not tell who you are"))
        let unnamed = policy.refusal(of: Peer(uid: 4243, gid: 1, pid: 1, userName: nil), action: "do it", request: "POST /x")
        #expect(unnamed.contains("you are uid 4243."))
    }
}

/// The gate in front of the admin routes, through the real router with contexts made as the
/// listener makes them (a peer per connection).
@Suite struct AdminGateTests {
    let policy = AdminPolicy(serviceUID: 998, serviceUserName: "pubstat")
    let stub = StubQueries()
    let recorder = LogRecorder()

    @Test func anotherUserIsRefusedWith403SayingWhoMayAndTheRefusalIsLogged() async throws {
        let reply = try await respond(.post, "/v1/reextract", peer: AdminPolicyTests.alice)
        #expect(reply.status == .forbidden)
        #expect(reply.body.contains(#""status" : 403"#), "\(reply.body)")
        #expect(reply.body.contains("only root or the pubstat user (uid 998) may re-extract the stored bulletins"), "\(reply.body)")
        #expect(reply.body.contains("you are uid 1000 (alice)"), "\(reply.body)")
        #expect(stub.reextractions.withLock { $0.isEmpty }, "the handler must not run")
        let entry = try #require(recorder.entries.first { $0.message.hasPrefix("admin request refused") })
        #expect(entry.level == .warning)
        #expect(entry.metadata["peer.uid"] == "1000" && entry.metadata["peer.user"] == "alice" && entry.metadata["peer.pid"] == "4711")
        #expect(entry.metadata["action"] == "re-extract the stored bulletins")
    }

    @Test(arguments: [UInt32(0), 998])
    func rootAndTheServiceUserGetThroughAndAreLoggedAndPassedOn(uid: UInt32) async throws {
        let peer = Peer(uid: uid, gid: uid, pid: 77, userName: uid == 0 ? "root" : "pubstat")
        let reply = try await respond(.post, "/v1/reextract", peer: peer)
        #expect(reply.status == .ok, "\(reply.body)")
        #expect(stub.reextractions.withLock { $0 } == [peer])
        let entry = try #require(recorder.entries.first { $0.message.hasPrefix("admin request allowed") })
        #expect(entry.metadata["peer.uid"] == "\(uid)")
    }

    @Test func theRebuildIsGatedLoggedAndAnswersWhatItDid() async throws {
        let refused = try await respond(.post, "/v1/rebuild", peer: AdminPolicyTests.alice)
        #expect(refused.status == .forbidden)
        #expect(refused.body.contains("only root or the pubstat user (uid 998) may rebuild the projections from the log (POST /v1/rebuild)"), "\(refused.body)")
        #expect(stub.rebuilds.withLock { $0.isEmpty }, "the handler must not run")
        let root = Peer(uid: 0, gid: 0, pid: 77, userName: "root")
        let allowed = try await respond(.post, "/v1/rebuild", peer: root)
        #expect(allowed.status == .ok, "\(allowed.body)")
        #expect(allowed.body.contains(#""events_read" : 7"#) && allowed.body.contains(#""head_sequence" : 7"#), "\(allowed.body)")
        #expect(stub.rebuilds.withLock { $0 } == [root])
        #expect(recorder.entries.contains { $0.message == "admin request allowed: rebuild the projections from the log" && $0.metadata["peer.uid"] == "0" })
        #expect(recorder.entries.contains { $0.message == "admin request refused: rebuild the projections from the log" && $0.metadata["peer.uid"] == "1000" })
        #expect(try await respond(.get, "/v1/rebuild", peer: root).status == .methodNotAllowed)
    }

    @Test func aPeerWhoseCredentialsAreUnknownIsRefused() async throws {
        let reply = try await respond(.post, "/v1/reextract", peer: nil)
        #expect(reply.status == .forbidden)
        #expect(reply.body.contains("could not tell who you are"))
    }

    @Test func readsStayOpenAndAWrongMethodOnAnAdminRouteIsStillA405() async throws {
        let alice = AdminPolicyTests.alice
        #expect(try await respond(.get, "/v1/status", peer: alice).status == .ok)
        #expect(try await respond(.get, "/v1/bulletins", peer: nil).status == .ok)
        let wrongMethod = try await respond(.get, "/v1/reextract", peer: alice)
        #expect(wrongMethod.status == .methodNotAllowed)
        #expect(recorder.entries.allSatisfy { !$0.message.hasPrefix("admin request") })
    }

    /// An admin handler asks the context for the admitted peer; on a route left out of
    /// `Route.admin` the gate never ran, and the handler fails instead of serving everyone.
    @Test func anAdminHandlerOnARouteMissingFromTheAdminTableFailsClosed() async throws {
        let router = PubstatHTTPServer.makeRouter(queries: stub, admins: policy)
        router.post("/v1/undeclared") { _, context in
            _ = try context.admin()
            return "ran"
        }
        let reply = try await Self.respond(router, .post, "/v1/undeclared", peer: Peer(uid: 0, gid: 0, pid: 1, userName: "root"), logger: recorder.logger())
        #expect(reply.status == .internalServerError)
        #expect(reply.body.contains("not declared in Route.admin"), "\(reply.body)")
    }

    /// Over the real socket the peer is this test process: the uid, gid and pid of `SO_PEERCRED`, and the uid's name.
    @Test func theConnectionsCredentialsReachTheHandler() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let reply = try await withServer(on: .path(socket), queries: stub, admins: policy, logger: recorder.logger()) {
            try await PubstatClient(socketPath: socket).request("POST", "/v1/reextract")
        }
        #expect(reply.status == 200)
        let name = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) }
        #expect(stub.reextractions.withLock { $0 } == [Peer(uid: getuid(), gid: getgid(), pid: getpid(), userName: name)])
        let entry = try #require(recorder.entries.first { $0.message.hasPrefix("admin request") })
        #expect(entry.metadata["peer.pid"] == "\(getpid())")
    }

    private func respond(_ method: HTTPRequest.Method, _ path: String, peer: Peer?) async throws -> (status: HTTPResponse.Status, body: String) {
        let router = PubstatHTTPServer.makeRouter(queries: stub, admins: policy)
        return try await Self.respond(router, method, path, peer: peer, logger: recorder.logger())
    }

    private static func respond(
        _ router: Router<PubstatRequestContext>, _ method: HTTPRequest.Method, _ path: String, peer: Peer?, logger: Logger
    ) async throws -> (status: HTTPResponse.Status, body: String) {
        let request = Request(head: HTTPRequest(method: method, scheme: nil, authority: "localhost", path: path), body: .init(buffer: ByteBuffer()))
        let context = PubstatRequestContext(source: .init(logger: logger, peer: peer))
        let response = try await router.buildResponder().respond(to: request, context: context)
        let collected = BodyCollector()
        try await response.body.write(CollectingWriter(collector: collected))
        return (response.status, collected.text)
    }
}

/// Keeps what a response body writes.
final class BodyCollector: Sendable {
    private let bytes = Mutex(ByteBuffer())
    var text: String { bytes.withLock { String(buffer: $0) } }
    func append(_ buffer: ByteBuffer) { bytes.withLock { _ = $0.writeImmutableBuffer(buffer) } }
}

struct CollectingWriter: ResponseBodyWriter {
    let collector: BodyCollector
    mutating func write(_ buffer: ByteBuffer) async throws { collector.append(buffer) }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
