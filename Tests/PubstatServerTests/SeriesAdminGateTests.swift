import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PubstatModel
import PubstatProjections
import PubstatServer
import Testing

/// Corrections, confirmations and retractions are admin routes: another user gets 403 and no
/// event; root gets through and is recorded in the event as the requester.
@Suite struct SeriesAdminGateTests {
    let policy = AdminPolicy(serviceUID: 998, serviceUserName: "pubstat")

    static var acts: [(path: String, body: String)] {
        let id = SeriesStubQueries.figureID
        return [
            ("/v1/figures/\(id)/correct", #"{"value": 6.25, "reason": "typo"}"#),
            ("/v1/figures/\(id)/confirm", "{}"),
            ("/v1/bulletins/\(StubQueries.idA.rawValue)/retract", #"{"reason": "draft"}"#),
        ]
    }

    @Test func anotherUserIsRefusedWith403AndNothingIsAppended() async throws {
        let stub = SeriesStubQueries()
        for act in Self.acts {
            let reply = try await respond(stub, act.path, act.body, peer: AdminPolicyTests.alice)
            #expect(reply.status == .forbidden, "\(act.path)")
            #expect(reply.body.contains("only root or the pubstat user (uid 998) may"), "\(reply.body)")
        }
        #expect(stub.peers.isEmpty)
        #expect(stub.projections.lastSequence == 1)
    }

    @Test func rootIsLetThroughAndRecordedInTheEvents() async throws {
        let stub = SeriesStubQueries()
        let root = Peer(uid: 0, gid: 0, pid: 1, userName: "root")
        for act in Self.acts {
            let reply = try await respond(stub, act.path, act.body, peer: root)
            #expect(reply.status == .created, "\(act.path): \(reply.body)")
        }
        #expect(stub.peers == Array(repeating: Requester(uid: 0, user: "root"), count: 3))
        let unnamed = Peer(uid: 998, gid: 998, pid: 2, userName: nil)
        let reply = try await respond(SeriesStubQueries(), Self.acts[1].path, "{}", peer: unnamed)
        #expect(reply.body.contains(#""user" : "998""#), "\(reply.body)")
    }

    private func respond(_ queries: SeriesStubQueries, _ path: String, _ body: String, peer: Peer?) async throws -> (status: HTTPResponse.Status, body: String) {
        let router = PubstatHTTPServer.makeRouter(queries: queries, admins: policy)
        let request = Request(head: HTTPRequest(method: .post, scheme: nil, authority: "localhost", path: path),
                              body: .init(buffer: ByteBuffer(string: body)))
        let context = PubstatRequestContext(source: .init(logger: Logger(label: "series-admin-test"), peer: peer))
        let response = try await router.buildResponder().respond(to: request, context: context)
        let collected = BodyCollector()
        try await response.body.write(CollectingWriter(collector: collected))
        return (response.status, collected.text)
    }
}
