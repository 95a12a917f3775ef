import Foundation
import PubstatClient
import Testing

/// Issue 10 defect 9 with the real daemon: while a re-extraction of a thousand bulletins runs,
/// status answers at once, a dropped bulletin is ingested, and a second re-extraction gets 409.
@Suite(.serialized) struct ReextractConcurrencyTests {
    @Test func aReextractionStallsNeitherIntakeNorStatusAndASecondGets409() async throws {
        let root = try temporaryFolder("reextract-busy")
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var generator = BulletinGenerator(seed: 9)
        let count = 1000
        for number in 0..<count {
            try Data(generator.bulletin(number).utf8).write(to: inbox.appendingPathComponent("b\(number).txt"))
        }
        let daemon = try await DaemonProcess(root: root)
        try await daemon.waitForEmptyInbox(timeout: .seconds(180))
        let client = daemon.client

        let first = Task { try await client.request("POST", "/v1/reextract") }
        try await waitUntil("the re-extraction starts", timeout: .seconds(30)) { daemon.log().contains("re-extraction started") }

        let second = try await client.request("POST", "/v1/reextract")
        let start = ContinuousClock.now
        let status = try await client.get("/v1/status")
        let statusTime = ContinuousClock.now - start
        try daemon.dropByRename(Data(generator.bulletin(count).utf8), as: "during.txt")
        try await daemon.waitForEmptyInbox(timeout: .seconds(30))
        let finishedBeforeIntake = daemon.log().contains("re-extraction finished")

        let answer = try await first.value
        #expect(answer.status == 200, "\(answer.text)")
        #expect(answer.text.contains("\"examined\" : \(count)"), "\(answer.text)")
        #expect(second.status == 409, "\(second.text)")
        #expect(second.text.contains("a re-extraction is already running"), "\(second.text)")
        #expect(status.status == 200 && statusTime < .seconds(1), "status took \(statusTime)")
        #expect(!finishedBeforeIntake, "the bulletin dropped during the re-extraction was only ingested after it")
        #expect(daemon.names(in: daemon.processed).contains("during.txt"))
        try await daemon.stop()
        let log = daemon.log()
        #expect(log.contains("re-extraction finished") && log.contains("examined=\(count)"), "\(log.suffix(2000))")
    }
}
