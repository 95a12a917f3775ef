import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// The read model apart from intake, its answer cache, and the event feed, with the real daemon.
@Suite(.serialized) struct ReadModelTests {
    /// A distinct bulletin per number: its own bytes, so its own id.
    static func bulletin(_ number: Int) -> Data {
        Data((OwnBulletins.budgetReport + "\nBản tin số \(number).\n").utf8)
    }

    static func lines(_ reply: HTTPReply) -> [[String: Any]] {
        reply.text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func eventsAfterASequenceAreTheBacklogAsNDJSON() async throws {
        let root = try temporaryFolder("events")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        for number in 1...3 {
            try daemon.dropByRename(Self.bulletin(number), as: "b\(number).txt")
            try await daemon.waitForEmptyInbox()
        }
        let all = try await daemon.client.get("/v1/events")
        #expect(all.status == 200)
        #expect(all.contentType?.hasPrefix("application/x-ndjson") == true)
        #expect(Self.lines(all).map { $0["sequence"] as? Int } == [1, 2, 3])
        let event = try #require(Self.lines(all).first?["event"] as? [String: Any])
        #expect(event["type"] as? String == "bulletin.ingested")
        #expect(event["v"] as? Int == 2)
        let time = try #require(Self.lines(all).first?["time"] as? String)
        #expect(time.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z/) != nil, "\(time)")
        #expect(time.hasPrefix(String(Calendar(identifier: .gregorian).component(.year, from: Date()))))

        let after = try await daemon.client.get("/v1/events?after=1&limit=1")
        #expect(Self.lines(after).map { $0["sequence"] as? Int } == [2])
        #expect(Self.lines(try await daemon.client.get("/v1/events?after=3")).isEmpty)

        let ctl = try runTool("pubstatctl", ["events", "--after", "1", "--json", "--socket", daemon.socketPath])
        #expect(ctl.status == 0)
        #expect(ctl.output.split(separator: "\n").count == 2)
        let table = try runTool("pubstatctl", ["events", "--socket", daemon.socketPath])
        #expect(table.output.contains("bulletin.ingested"))
        #expect(table.output.split(separator: "\n").first?.hasPrefix("1  ") == true)
        try await daemon.stop()

        // After a restart memory holds no event: the backlog is read from the log, the same bytes.
        let restarted = try await DaemonProcess(root: root)
        let fromLog = try await restarted.client.get("/v1/events")
        #expect(fromLog.text == all.text)
        try await restarted.stop()
    }

    @Test func badEventParametersAre400NamingTheParameter() async throws {
        let root = try temporaryFolder("events-bad")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        for (query, parameter) in [("after=-1", "after"), ("after=abc", "after"), ("limit=0", "limit"), ("limit=10001", "limit"), ("follow=maybe", "follow")] {
            let reply = try await daemon.client.get("/v1/events?\(query)")
            #expect(reply.status == 400, "\(query)")
            let body = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any]
            let message = (body?["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.hasPrefix(parameter), "\(query): \(message)")
        }
        try await daemon.stop()
    }

    @Test func aNewBulletinShowsUpInTheNextAnswer() async throws {
        let root = try temporaryFolder("cache")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Self.bulletin(1), as: "one.txt")
        try await daemon.waitForEmptyInbox()
        // Asked twice: the second answer comes from the cache, and must be the same.
        let first = try await daemon.client.get("/v1/bulletins")
        #expect(try await daemon.client.get("/v1/bulletins") == first)
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.count == 1)
        try daemon.dropByRename(Data(OwnBulletins.otherReport.utf8), as: "two.txt")
        try await daemon.waitForEmptyInbox()
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.count == 2)
        let visitors = try await daemon.client.get("/v1/projections/visitors")
        #expect(visitors.text.contains("1200000") || visitors.text.contains("1.2"))
        try await daemon.stop()
    }

    @Test func aFollowerGetsANewBulletinWithinASecond() async throws {
        let root = try temporaryFolder("follow")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Self.bulletin(1), as: "one.txt")
        try await daemon.waitForEmptyInbox()
        let stream = try StreamingRequest(socketPath: daemon.socketPath, path: "/v1/events?after=0&follow=true")
        // First the backlog after 0 ...
        let backlog = try #require(stream.nextLine(timeout: .seconds(30)))
        #expect(backlog.contains(#""sequence":1"#))
        // ... then live: the event arrives no later than a second after the file left the inbox.
        try daemon.dropByRename(Self.bulletin(2), as: "two.txt")
        let arrival = Task.detached { () -> (String?, ContinuousClock.Instant) in
            let line = stream.nextLine(timeout: .seconds(60))
            return (line, .now)
        }
        try await daemon.waitForEmptyInbox()
        let leftInbox = ContinuousClock.now
        let (line, arrived) = await arrival.value
        let live = try #require(line)
        #expect(live.contains(#""sequence":2"#))
        #expect(live.contains(#""type":"bulletin.ingested""#))
        #expect(arrived - leftInbox < .seconds(1))
        // Nothing more is appended: a heartbeat with the head's sequence follows within 5 to 7.5 s.
        let heartbeat = try #require(stream.nextLine(timeout: .seconds(15)))
        #expect(heartbeat.hasPrefix(#"{"heartbeat":{"sequence":2,"time":""#), "\(heartbeat)")
        // The server ends the stream on shutdown instead of waiting for it.
        #expect(try await daemon.stop() == 0)
    }

    @Test func queriesAnswerWhileABatchIsIngested() async throws {
        let root = try temporaryFolder("busy")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let count = 300
        // Written aside, then renamed in at once: one large batch.
        let staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for number in 1...count { try Self.bulletin(number).write(to: staging.appendingPathComponent("b\(number).txt")) }
        for number in 1...count {
            try FileManager.default.moveItem(at: staging.appendingPathComponent("b\(number).txt"), to: daemon.inbox.appendingPathComponent("b\(number).txt"))
        }
        // Asked over and over while the batch is in the inbox: every answer arrives before
        // intake is done with the batch (the inbox still holds files), not after it.
        var answeredDuringBatch = 0
        var sawPartialLog = false
        while !daemon.names(in: daemon.inbox).isEmpty {
            let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
            let budget = try await daemon.client.get("/v1/projections/budget")
            #expect(budget.status == 200)
            if !daemon.names(in: daemon.inbox).isEmpty {
                answeredDuringBatch += 1
                if status.lastSequence < UInt64(count) { sawPartialLog = true }
            }
        }
        #expect(answeredDuringBatch >= 3)
        #expect(sawPartialLog)
        try await daemon.waitForEmptyInbox(timeout: .seconds(120))
        #expect(try await daemon.waitForIngested(count).lastSequence == UInt64(count))
        try await daemon.stop()
    }
}
