import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// pubstatctl tried as a new user would: options where the README puts them, from another folder,
/// figures as the bulletin wrote them, bulletins by file name.
@Suite(.serialized) struct CommandLineTests {
    /// Per-capita income with its `per`, a percentage of an estimate with two decimals, sectors and a price basis.
    static let detailedReport = """
    Cổng thông tin điện tử tỉnh Lào Cai
    (Ngày đăng :02/10/2024 9:15:00 SA)
    Tổng sản phẩm trên địa bàn tỉnh Lào Cai (GRDP) 9 tháng đầu năm 2024 theo giá so sánh năm 2010 ước đạt 42.100 tỷ đồng, tăng 6,8% so với cùng kỳ.
    Năm 2023, tốc độ tăng trưởng GRDP của tỉnh Lào Cai đạt 9,1%. Trong đó: nông, lâm nghiệp, thủy sản tăng 2,2%; công nghiệp - xây dựng tăng 12,4%; dịch vụ tăng 6,8%.
    Tính đến ngày 30/9/2024, thu ngân sách nhà nước trên địa bàn tỉnh đạt 1.534,2 tỷ đồng, bằng 127,54% dự toán Trung ương giao.
    Thu nhập bình quân đầu người 9 tháng năm 2024 ước đạt 2,324 triệu đồng/người/tháng.
    """

    @Test func globalOptionsWorkBeforeAndAfterTheSubcommand() async throws {
        let root = try temporaryFolder("ctl-global")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let before = try runCtl(["--socket", daemon.socketPath, "status"])
        #expect(before.status == 0 && before.output.contains("log records"), "\(before.output)")
        let after = try runCtl(["status", "--socket", daemon.socketPath])
        #expect(after.status == 0 && after.output.contains("log records"), "\(after.output)")
        let json = try runCtl(["--json", "--socket=\(daemon.socketPath)", "bulletins"])
        #expect(json.status == 0 && json.output.hasPrefix("{"), "\(json.output)")
        let version = try runCtl(["--version"])
        #expect(version.status == 0 && version.output.hasPrefix("pubstatctl \(PubstatRelease.version)"), "\(version.output)")
        try await daemon.stop()
    }

    @Test func theSocketIsFoundFromAnyFolderAndTheSearchIsShown() async throws {
        let root = try temporaryFolder("ctl-socket")
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = try temporaryFolder("ctl-elsewhere")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let daemon = try await DaemonProcess(root: root)
        let byEnvironment = try runCtl(["status"], in: elsewhere, environment: ["PUBSTAT_SOCKET": daemon.socketPath])
        #expect(byEnvironment.status == 0, "\(byEnvironment.output)")
        try await daemon.stop()

        // nothing at any of the places looked at: the message names each
        let missing = try runCtl(["status"], in: elsewhere)
        guard !FileManager.default.fileExists(atPath: SocketLocation.system) else { return }  // an installed pubstatd on this machine
        #expect(missing.status == 69)
        #expect(missing.output.contains("pubstatd is not running"), "\(missing.output)")
        #expect(missing.output.contains("$PUBSTAT_SOCKET (not set)"), "\(missing.output)")
        #expect(missing.output.contains("/run/pubstat/pubstatd.sock (absent)"), "\(missing.output)")
        #expect(missing.output.contains(elsewhere.resolvingSymlinksInPath().path + "/var/pubstatd.sock")
            || missing.output.contains(elsewhere.path + "/var/pubstatd.sock"), "\(missing.output)")
    }

    @Test func figuresArePrintedAsWrittenWithEveryFieldAndFoundByFileName() async throws {
        let root = try temporaryFolder("ctl-figures")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Báo cáo 9 tháng.txt")
        try Data(Self.detailedReport.utf8).write(to: file)
        let offline = try runCtl(["extract", file.path])
        #expect(offline.status == 0, "\(offline.output)")
        Self.expectEveryField(offline.output)

        let daemon = try await DaemonProcess(root: root.appendingPathComponent("var"))
        try daemon.dropByRename(Data(Self.detailedReport.utf8), as: "Báo cáo 9 tháng.txt")
        try await daemon.waitForEmptyInbox()
        let shown = try runCtl(["bulletin", "Báo cáo 9 tháng.txt", "--socket", daemon.socketPath])
        #expect(shown.status == 0, "\(shown.output)")
        #expect(shown.output.contains("File       Báo cáo 9 tháng.txt"), "\(shown.output)")
        Self.expectEveryField(shown.output)
        let unknown = try runCtl(["bulletin", "nothing.txt", "--socket", daemon.socketPath])
        #expect(unknown.status == 65 && unknown.output.contains("no bulletin with id or file name 'nothing.txt'"), "\(unknown.output)")
        try await daemon.stop()
    }

    private static func expectEveryField(_ output: String) {
        #expect(output.contains("2.324 million_vnd/person/month"), "\(output)")
        #expect(output.contains("127.54% of central"), "\(output)")
        #expect(output.contains("1,534.2 billion_vnd"), "\(output)")
        #expect(output.contains("sector industry_construction"), "\(output)")
        #expect(output.contains("price basis constant_2010"), "\(output)")
    }

    /// Issue 9 items 10–11: `pubstatctl rebuild` folds the log again; the answers stay the same.
    @Test func rebuildFoldsTheLogAgainAndTheAnswersStayTheSame() async throws {
        let root = try temporaryFolder("ctl-rebuild")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(Self.detailedReport.utf8), as: "lao-cai.txt")
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "dien-bien.txt")
        try await daemon.waitForEmptyInbox()
        _ = try await daemon.waitForIngested(2)
        let paths = ["/v1/projections/budget", "/v1/bulletins", "/v1/series?indicator=budget_revenue_on_territory&history=true", "/v1/indicators"]
        var before: [String] = []
        for path in paths { before.append(try await daemon.client.get(path).text) }

        let text = try runCtl(["rebuild", "--socket", daemon.socketPath])
        #expect(text.status == 0 && text.output.contains("rebuilt the projections from 2 events"), "\(text.output)")
        #expect(text.output.contains("queries answer from event 2"), "\(text.output)")
        let json = try runCtl(["--json", "--socket", daemon.socketPath, "rebuild"])
        #expect(json.status == 0, "\(json.output)")
        let report = try APIJSON.decoder().decode(RebuildReport.self, from: Data(json.output.utf8))
        #expect(report.eventsRead == 2 && report.headSequence == 2)
        for (path, answer) in zip(paths, before) {
            #expect(try await daemon.client.get(path).text == answer, "\(path) changed")
        }
        try await daemon.stop()
        #expect(daemon.log().contains("rebuild of the projections finished"), "\(daemon.log())")
        #expect(daemon.log().contains("admin request allowed: rebuild the projections from the log"), "\(daemon.log())")
    }

    @Test func anUnknownSubcommandIsReportedAsOneWhereverTheGlobalOptionsStand() throws {
        for arguments in [["--socket", "/nonexistent.sock", "statsu"], ["--json", "statsu"], ["statsu", "--socket", "/nonexistent.sock"]] {
            let run = try runCtl(arguments)
            #expect(run.status == 64, "\(arguments): \(run.output)")
            #expect(run.output.contains("unknown subcommand 'statsu'") && run.output.contains("status"), "\(arguments): \(run.output)")
            #expect(!run.output.contains("Unknown option"), "\(arguments): \(run.output)")
        }
    }

    /// `events --csv` as the other list commands, and `budget` with every digit of a stated share.
    @Test func eventsAsCSVAndTheBudgetTableWithEveryDigit() async throws {
        let root = try temporaryFolder("ctl-events-csv")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(Self.detailedReport.utf8), as: "Báo cáo, 9 tháng.txt")
        try await daemon.waitForEmptyInbox()
        _ = try await daemon.waitForIngested(1)
        let csv = try runCtl(["events", "--csv", "--socket", daemon.socketPath])
        #expect(csv.status == 0, "\(csv.output)")
        let records = csv.output.components(separatedBy: "\r\n")
        // (the byte-order mark before the header is checked by RenderingTests; reading the output drops it)
        #expect(records.first?.hasSuffix("sequence,time,type,version,bulletin,file_name,figure_id,figures,uid,user,reason") == true, "\(csv.output)")
        #expect(records.count == 3 && records[1].hasPrefix("1,") && records[1].contains(",bulletin.ingested,2,"), "\(csv.output)")
        #expect(records[1].contains(",\"Báo cáo, 9 tháng.txt\","), "\(csv.output)")
        let both = try runCtl(["events", "--csv", "--json", "--socket", daemon.socketPath])
        #expect(both.status == 64, "\(both.output)")
        let budget = try runCtl(["budget", "--socket", daemon.socketPath])
        #expect(budget.status == 0 && budget.output.contains(" 127.54% "), "\(budget.output)")
        try await daemon.stop()
    }

    @Test func wrongMethodsAndUnknownParametersAreExplained() async throws {
        let root = try temporaryFolder("ctl-http")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let get = try await daemon.client.get("/v1/reextract")
        #expect(get.status == 405 && get.headers["allow"] == "POST" && get.text.contains("use POST"), "\(get.text)")
        let typo = try await daemon.client.get("/v1/projections/budget?yaer=2021")
        #expect(typo.status == 400 && typo.text.contains("unknown query parameter 'yaer'"), "\(typo.text)")
        try await daemon.stop()
    }
}

/// Runs pubstatctl in `folder` (the test's own by default) with no `PUBSTAT_` variable but those given.
///
/// Spawned with posix_spawn and reaped with waitpid on its own pid, output to a file: Foundation's
/// `Process` reaps through one shared thread, which was seen to hang `waitUntilExit` while other
/// suites start and stop daemons at the same moment.
func runCtl(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
    var env = ProcessInfo.processInfo.environment
    for key in env.keys where key.hasPrefix("PUBSTAT_") && key != "PUBSTAT_BIN_DIR" { env[key] = nil }
    env.merge(environment) { $1 }
    return try spawnTool("pubstatctl", arguments, in: folder, environment: env)
}

/// Runs one of the built tools in `folder` with exactly `environment`; its status and its stdout and stderr together.
/// runTool and runCtl use it instead of Foundation's `Process`: see runCtl.
func spawnTool(_ name: String, _ arguments: [String], in folder: URL?, environment: [String: String]) throws -> (status: Int32, output: String) {
    try spawnCommand([try Binaries.url(of: name).path] + arguments, in: folder, environment: environment)
}
