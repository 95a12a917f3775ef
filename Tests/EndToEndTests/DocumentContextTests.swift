import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// Sidecars and bulletins without figures with the real daemon.
@Suite(.serialized) struct DocumentContextEndToEndTests {
    @Test func sidecarsTravelWithTheirBulletinsAndFigurelessBulletinsAreListed() async throws {
        let root = try temporaryFolder("sidecar")
        defer { try? FileManager.default.removeItem(at: root) }
        var daemon = try await DaemonProcess(root: root)

        // a sidecar alone waits for its bulletin: no error, nothing counted
        try daemon.dropByRename(Data("{}".utf8), as: "later.txt.meta.json")
        try daemon.dropByRename(Data(#"{"source_url": "https://sonla.gov.vn/tin/1", "published": "2024-07-05"}"#.utf8), as: "a.txt.meta.json")
        try daemon.dropByRename(Data(OwnBulletins.bareReport.utf8), as: "a.txt")
        try daemon.dropByRename(Data(#"{"published": "05/07/2024"}"#.utf8), as: "b.txt.meta.json")
        try daemon.dropByRename(Data(OwnBulletins.otherReport.utf8), as: "b.txt")
        try daemon.dropByRename(Data(OwnBulletins.noFigures.utf8), as: "c.txt")
        let first = daemon
        try await waitUntil("a, b and c leave the inbox", timeout: .seconds(60)) {
            first.names(in: first.inbox) == ["later.txt.meta.json"]
        }
        #expect(daemon.names(in: daemon.processed) == ["a.txt", "a.txt.meta.json", "c.txt"])
        #expect(daemon.names(in: daemon.failed) == ["b.txt", "b.txt.meta.json", "b.txt.reason.json"])
        let reason = try JSONSerialization.jsonObject(with: Data(contentsOf: daemon.failed.appendingPathComponent("b.txt.reason.json"))) as? [String: Any]
        #expect(reason?["code"] as? String == "malformed_sidecar")
        #expect((reason?["reason"] as? String)?.contains("YYYY-MM-DD") == true)

        var status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsIngested == 2)
        #expect(status.bulletinsRejected == 0)
        #expect(status.bulletinsWithoutFigures == 1)
        #expect(status.inboxPending == 0)
        let none = try await daemon.client.get("/v1/bulletins?figures=none", as: BulletinList.self)
        #expect(none.bulletins.map(\.fileName) == ["c.txt"])
        let journal = try String(contentsOf: daemon.logPath, encoding: .utf8)
        #expect(journal.contains("warning") && journal.contains("yielded no figures") && journal.contains("c.txt"))
        let ctl = try runTool("pubstatctl", ["bulletins", "--without-figures", "--socket", daemon.socketPath])
        #expect(ctl.status == 0 && ctl.output.contains("c.txt") && !ctl.output.contains("a.txt"), "\(ctl.output)")

        let a = try #require(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.first { $0.fileName == "a.txt" })
        let detail = try await daemon.client.get("/v1/bulletins/\(a.id)", as: BulletinDetail.self)
        #expect(detail.context?.sourceURL == "https://sonla.gov.vn/tin/1")
        #expect(detail.bulletin.published?.description == "2024-07-05")
        #expect(detail.bulletin.subject == Jurisdiction(.province, "Sơn La"))
        #expect(detail.figures.first?.period?.description == "2024-H1")

        // the late bulletin joins its waiting sidecar; a restart keeps every context
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "later.txt")
        try await daemon.waitForEmptyInbox()
        #expect(daemon.names(in: daemon.processed).contains("later.txt.meta.json"))
        try await daemon.stop()
        daemon = try await DaemonProcess(root: root)
        let again = try await daemon.client.get("/v1/bulletins/\(a.id)", as: BulletinDetail.self)
        #expect(again.context?.sourceURL == "https://sonla.gov.vn/tin/1")
        status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsIngested == 3 && status.bulletinsWithoutFigures == 1)
        try await daemon.stop()
    }

    @Test func extractTakesASourceURLAndASidecarOffline() throws {
        let folder = try temporaryFolder("extract-context")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bare.txt")
        try Data(OwnBulletins.bareReport.utf8).write(to: file)
        let meta = folder.appendingPathComponent("bare.txt.meta.json")
        try Data(#"{"published": "2023-07-03", "jurisdiction": "province:Lai Châu"}"#.utf8).write(to: meta)

        let plain = try runTool("pubstatctl", ["extract", "--json", file.path])
        #expect(plain.status == 0)
        #expect(!plain.output.contains("Sơn La") && !plain.output.contains("Lai Châu"))
        let byURL = try runTool("pubstatctl", ["extract", "--json", "--source-url", "https://sonla.gov.vn/a", file.path])
        // the host names the place; the text names no year, so its figure is held (listed with its indicator)
        #expect(byURL.output.contains("\"subject\" : \"province:Sơn La\""), "\(byURL.output)")
        #expect(byURL.output.contains("\"indicator\" : \"budget_revenue_on_territory\""), "\(byURL.output)")
        let bySidecar = try runTool("pubstatctl", ["extract", "--json", "--meta", meta.path, file.path])
        #expect(bySidecar.output.contains("\"jurisdiction\" : \"province:Lai Châu\""), "\(bySidecar.output)")
        #expect(bySidecar.output.contains("\"period\" : \"2023-H1\""))
        #expect(bySidecar.output.contains("\"published\" : \"2023-07-03\""))
        let bad = try runTool("pubstatctl", ["extract", "--source-url", "sonla.gov.vn", file.path])
        #expect(bad.status != 0 && bad.output.contains("http"))
    }
}
