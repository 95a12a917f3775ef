import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// The real pubstatd with an `indicators` folder: a file added later is applied by
/// `reextract`, a bad file is refused with its name, and unclassified mentions are served.
@Suite(.serialized) struct IndicatorFolderTests {
    /// Invented text: forest cover has no built-in indicator; the budget sentence binds.
    static let bulletin = """
        Cổng thông tin điện tử tỉnh Điện Biên
        (Ngày đăng :15/01/2025 8:00:00 SA)
        Năm 2024, tỷ lệ che phủ rừng của tỉnh đạt 43,6%; thu ngân sách nhà nước trên địa bàn đạt 2.310 tỷ đồng.
        """

    static let forestFile = #"{"indicators": [{"name": "forest_cover", "units": ["percent"], "cues": ["tỷ lệ che phủ rừng"]}]}"#

    @Test func reextractAppliesANewIndicatorFileToStoredBulletins() async throws {
        let root = try temporaryFolder("indicators")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("indicators.d")
        let daemon = try await DaemonProcess(root: root, arguments: ["--indicators", folder.path])
        try daemon.dropByRename(Data(Self.bulletin.utf8), as: "forest.txt")
        try await daemon.waitForEmptyInbox()

        let list = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        let id = try #require(list.bulletins.first?.id)
        var detail = try await daemon.client.get("/v1/bulletins/\(id.rawValue)", as: BulletinDetail.self)
        #expect(!detail.figures.contains { $0.indicator.rawValue == "forest_cover" })
        #expect(detail.figures.contains { $0.indicator == .budgetRevenueOnTerritory })
        var mentions = try await daemon.client.get("/v1/unclassified", as: UnclassifiedReport.self)
        #expect(mentions.mentions.map(\.mention.text) == ["43,6%"])
        #expect(mentions.mentions.first?.mention.quote == "Năm 2024, tỷ lệ che phủ rừng của tỉnh đạt 43,6%")
        #expect(mentions.mentions.first?.bulletin == id)

        // The operator adds a file; reextract reads the folder again and applies it.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.forestFile.utf8).write(to: folder.appendingPathComponent("forest.json"))
        let reply = try await daemon.client.request("POST", "/v1/reextract")
        #expect(reply.status == 200)
        let report = try APIJSON.decoder().decode(ReextractReport.self, from: Data(reply.body))
        #expect(report.revised == 1)
        #expect(report.extractorVersion.contains("+cat."))
        detail = try await daemon.client.get("/v1/bulletins/\(id.rawValue)", as: BulletinDetail.self)
        #expect(detail.figures.first { $0.indicator.rawValue == "forest_cover" }?.value == 43.6)
        #expect(detail.bulletin.extractorVersion == report.extractorVersion)
        mentions = try await daemon.client.get("/v1/unclassified", as: UnclassifiedReport.self)
        #expect(mentions.total == 0, "the new indicator took the number")
        // Mentions never reach the figure projections: the budget has exactly the one figure.
        let budget = try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self)
        #expect(budget.years.count == 1)

        // A broken file: reextract refuses, naming the file and the entry, and changes nothing.
        let bad = folder.appendingPathComponent("zz-bad.json")
        try Data(#"[{"name": "tea_area", "units": ["hectares"], "cues": ["diện tích chè"]}]"#.utf8).write(to: bad)
        let refused = try await daemon.client.request("POST", "/v1/reextract")
        #expect(refused.status == 422)
        #expect(refused.text.contains("zz-bad.json: entry 1"), "\(refused.text)")
        #expect(refused.text.contains("unknown unit class"))
        #expect(try await daemon.stop() == 0)

        // The same broken file stops the next start, with the message on stderr.
        let process = Process()
        process.executableURL = try Binaries.url(of: "pubstatd")
        process.arguments = ["--root", root.path, "--indicators", folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        try await waitUntil("pubstatd refuses to start", timeout: .seconds(30)) { !process.isRunning }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(output.contains("\(bad.path): entry 1 (\"tea_area\"): unknown unit class \"hectares\""), "\(output)")
    }

    @Test func sighupReloadsTheFolderForNewBulletins() async throws {
        let root = try temporaryFolder("indicators-hup")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("indicators.d")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let daemon = try await DaemonProcess(root: root, arguments: ["--indicators", folder.path])
        try Data(Self.forestFile.utf8).write(to: folder.appendingPathComponent("forest.json"))
        daemon.signal(SIGHUP)
        try await waitUntil("pubstatd reloads its indicator folder", timeout: .seconds(30)) {
            daemon.log().contains("indicator catalogue changed")
        }
        try daemon.dropByRename(Data(Self.bulletin.utf8), as: "forest.txt")
        try await daemon.waitForEmptyInbox()
        let id = try #require(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.first?.id)
        let detail = try await daemon.client.get("/v1/bulletins/\(id.rawValue)", as: BulletinDetail.self)
        #expect(detail.figures.first { $0.indicator.rawValue == "forest_cover" }?.value == 43.6)
        #expect(detail.bulletin.extractorVersion.contains("+cat."))
        #expect(try await daemon.stop() == 0)
    }

    @Test func pubstatctlExtractUsesAnIndicatorsFolderOffline() throws {
        let root = try temporaryFolder("indicators-ctl")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("ind")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bulletin = root.appendingPathComponent("forest.txt")
        try Data(Self.bulletin.utf8).write(to: bulletin)

        let plain = try runTool("pubstatctl", ["extract", "--json", bulletin.path])
        #expect(plain.status == 0)
        let plainDocs = try #require(try JSONSerialization.jsonObject(with: Data(plain.output.utf8)) as? [[String: Any]])
        #expect((plainDocs.first?["unclassified"] as? [[String: Any]])?.first?["text"] as? String == "43,6%")

        try Data(Self.forestFile.utf8).write(to: folder.appendingPathComponent("forest.json"))
        let extended = try runTool("pubstatctl", ["extract", "--json", "--indicators", folder.path, bulletin.path])
        #expect(extended.status == 0)
        let docs = try #require(try JSONSerialization.jsonObject(with: Data(extended.output.utf8)) as? [[String: Any]])
        let doc = try #require(docs.first)
        #expect((doc["extractor_version"] as? String)?.hasPrefix("2.102.0+cat.") == true)
        let figures = try #require(doc["figures"] as? [[String: Any]])
        #expect(figures.contains { $0["indicator"] as? String == "forest_cover" && $0["value"] as? Double == 43.6 })
        #expect((doc["unclassified"] as? [Any])?.isEmpty == true)

        try Data("[{\"name\": \"x\",\n \"units\": [\"money\"] }".utf8).write(to: folder.appendingPathComponent("broken.json"))
        let broken = try runTool("pubstatctl", ["extract", "--indicators", folder.path, bulletin.path])
        #expect(broken.status == 65)
        #expect(broken.output.contains("broken.json:2:"), "\(broken.output)")
    }
}
