import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// CSV from the real daemon, through pubstatctl.
@Suite(.serialized) struct CSVEndToEndTests {
    @Test func pubstatctlPrintsListsAndTheWholeExportAsCSV() async throws {
        let root = try temporaryFolder("csv")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(CommandLineTests.detailedReport.utf8), as: "Báo cáo, quý 3.txt")
        try await daemon.waitForEmptyInbox()
        let socket = ["--socket", daemon.socketPath]

        // (runCtl reads the output as UTF-8 text, which drops a byte-order mark: it is checked on the daemon's answer)
        let raw = try await daemon.client.get("/v1/bulletins", accept: "text/csv")
        #expect(Array(raw.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let bulletins = try runCtl(["bulletins", "--csv"] + socket)
        #expect(bulletins.status == 0, "\(bulletins.output)")
        #expect(bulletins.output == String(decoding: raw.body.dropFirst(3), as: UTF8.self), "\(bulletins.output)")
        #expect(bulletins.output.hasPrefix("id,file_name,"), "\(bulletins.output)")
        #expect(bulletins.output.contains("\"Báo cáo, quý 3.txt\""), "\(bulletins.output)")

        let budget = try runCtl(["budget", "--csv"] + socket)
        #expect(budget.status == 0 && budget.output.contains("province:Lào Cai"), "\(budget.output)")
        #expect(budget.output.contains("127.54"), "\(budget.output)")

        let export = try runCtl(["export", "--csv"] + socket)
        #expect(export.status == 0, "\(export.output)")
        let lines = export.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("bulletin,file_name,published,source_url,indicator,value,") == true, "\(export.output)")
        let path = "/v1/bulletins/" + PubstatClient.percentEncoded("Báo cáo, quý 3.txt")
        let detail = try await daemon.client.get(path, as: BulletinDetail.self)
        #expect(lines.count == 1 + detail.figures.count, "\(export.output)")
        #expect(export.output.contains("2.324,,million_vnd,person/month"), "\(export.output)")

        let both = try runCtl(["bulletins", "--csv", "--json"] + socket)
        #expect(both.status != 0 && both.output.contains("--json or --csv"), "\(both.output)")
        try await daemon.stop()
    }
}
