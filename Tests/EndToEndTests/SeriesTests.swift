import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// Series, as-of, vintages, explain and corrections with the real daemon, over the seeds and
/// the shared dev corpora, plus two bulletins of our own: the same figure published on 5 October
/// and revised on 20 October.
@Suite(.serialized) struct SeriesTests {
    static let corpora = ["seeds", "dev", "dev2"]
    static let budget = "budget_revenue_on_territory"

    static let revised = OwnBulletins.budgetReport
        .replacingOccurrences(of: "05/10/2024", with: "20/10/2024").replacingOccurrences(of: "1.534,2", with: "1.536,8")

    static func series(_ daemon: DaemonProcess, _ query: String) async throws -> SeriesReport {
        try await daemon.client.get("/v1/series?indicator=\(budget)&jurisdiction=Dien%20Bien" + query, as: SeriesReport.self)
    }

    /// The Điện Biên point of 30 September 2024, if the answer has it.
    static func point(_ report: SeriesReport) -> SeriesPoint? {
        report.series.first { $0.measure == .outcome }?.points.first { $0.cutoff == CalendarDate(year: 2024, month: 9, day: 30) }
    }

    @Test(.enabled(if: SharedCorpus.seeds != nil, Comment(rawValue: SharedCorpus.missingMessage)))
    func asOfVintagesAndACorrectionThatSurvivesReextract() async throws {
        let root = try temporaryFolder("series")
        defer { try? FileManager.default.removeItem(at: root) }
        var daemon = try await DaemonProcess(root: root)
        var dropped = 0
        for corpus in Self.corpora {
            let folder = SharedCorpus.root.appendingPathComponent(corpus)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                try daemon.dropByRename(try Data(contentsOf: folder.appendingPathComponent(name)), as: "\(corpus)-\(name)")
                dropped += 1
            }
        }
        try await daemon.waitForEmptyInbox(timeout: .seconds(120))
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "ngan-sach-05-10.txt")
        try await daemon.waitForEmptyInbox()
        try daemon.dropByRename(Data(Self.revised.utf8), as: "ngan-sach-20-10.txt")
        try await daemon.waitForEmptyInbox()
        let status = try await daemon.waitForIngested(dropped + 2)
        #expect(status.bulletinsIngested == dropped + 2)

        // A seed published on 14 December 2020 is unknown the day before and known that day.
        let seed = try await daemon.client.get("/v1/bulletins/seeds-001_c7323b3a1f7d7dba.txt", as: BulletinDetail.self)
        #expect(seed.bulletin.published == CalendarDate(year: 2020, month: 12, day: 14))
        let seedFigure = try #require(seed.figures.first)
        func seedVintages(_ asOf: String) async throws -> Int {
            let report = try await daemon.client.get("/v1/series?indicator=\(seedFigure.indicator)&history=true&asOf=\(asOf)", as: SeriesReport.self)
            return report.series.flatMap(\.points).flatMap { $0.vintages ?? [] }.filter { $0.bulletin == seed.bulletin.id }.count
        }
        #expect(try await seedVintages("2020-12-13") == 0)
        #expect(try await seedVintages("2020-12-14") > 0)

        // Our own bulletins: before the first publication nothing, then one vintage, then two.
        #expect(Self.point(try await Self.series(daemon, "&asOf=2024-10-04")) == nil)
        let early = try #require(Self.point(try await Self.series(daemon, "&asOf=2024-10-19")))
        #expect(early.current?.value == 1534.2)
        #expect(early.vintageCount == 1)
        let now = try #require(Self.point(try await Self.series(daemon, "&history=true")))
        #expect(now.current?.value == 1536.8)
        #expect(now.current?.fileName == "ngan-sach-20-10.txt")
        #expect(now.revised)
        #expect(now.vintages?.map(\.value) == [1536.8, 1534.2])
        let current = try #require(now.current)
        #expect(current.ingestedAt.date == Timestamp(micros: Int64(Date().timeIntervalSince1970 * 1e6)).date)

        // A correction by a person, through pubstatctl: in the series, in explain and in the history.
        let socket = ["--socket", daemon.socketPath]
        let corrected = try runTool("pubstatctl", ["correct", current.figureID.rawValue, "--value", "1540", "--reason", "the table says 1.540"] + socket)
        #expect(corrected.status == 0, "\(corrected.output)")
        #expect(corrected.output.contains("figure.corrected"))
        try await checkCorrected(daemon, current.figureID)

        // Re-extraction does not override it.
        let reextract = try await daemon.client.request("POST", "/v1/reextract")
        #expect(reextract.status == 200)
        try await checkCorrected(daemon, current.figureID)

        let table = try runTool("pubstatctl", ["series", Self.budget, "--jurisdiction", "Điện Biên", "--history"] + socket)
        #expect(table.status == 0)
        #expect(table.output.contains("1,540") && table.output.contains("1,534.2") && table.output.contains("corrected by"))
        let explain = try runTool("pubstatctl", ["explain", current.figureID.rawValue] + socket)
        #expect(explain.output.contains("Corrected") && explain.output.contains("the table says 1.540"))
        let since = try runTool("pubstatctl", ["bulletins", "--since", "yesterday"] + socket)
        #expect(since.output.contains("ngan-sach-20-10.txt"))
        #expect(since.output.split(separator: "\n").first?.contains("SEQ  INGESTED") == true)
        #expect(try runTool("pubstatctl", ["bulletins", "--since", "2999-01-01"] + socket).output.contains("No bulletin ingested since"))
        #expect(try runTool("pubstatctl", ["series", Self.budget, "--as-of", "2024-13-01"] + socket).status == 64)

        // A restart (snapshot on shutdown, loaded on start) keeps the correction and the ingestion times.
        let before = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        #expect(try await daemon.stop() == 0)
        daemon = try await DaemonProcess(root: root)
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self) == before)
        try await checkCorrected(daemon, current.figureID)
        try await daemon.stop()
    }

    /// Issue 9 item 12: back-filling the bulletin of 5 October after its revision of 20 October
    /// leaves the revision current, in the budget view as in the series.
    @Test func aBackFilledOlderBulletinDoesNotBecomeTheBudgetRow() async throws {
        let root = try temporaryFolder("series-backfill")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(Self.revised.utf8), as: "ngan-sach-20-10.txt")
        try await daemon.waitForEmptyInbox()
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "ngan-sach-05-10.txt")
        try await daemon.waitForEmptyInbox()
        _ = try await daemon.waitForIngested(2)
        let budget = try await daemon.client.get("/v1/projections/budget?jurisdiction=Dien%20Bien&year=2024", as: BudgetReport.self)
        let q3 = try #require(budget.years.first?.quarters.first { $0.quarter == 3 })
        #expect(q3.revenueBillionVND == 1536.8)
        #expect(budget.years.first?.observations.count == 2)
        let point = try #require(Self.point(try await Self.series(daemon, "")))
        #expect(point.current?.value == 1536.8)
        #expect(q3.source.figureID == point.current?.figureID)
        try await daemon.stop()
    }

    private func checkCorrected(_ daemon: DaemonProcess, _ id: FigureID) async throws {
        let point = try #require(Self.point(try await Self.series(daemon, "&history=true")))
        #expect(point.current?.value == 1540)
        #expect(point.current?.correction?.reason == "the table says 1.540")
        #expect(point.vintages?.count == 2)
        #expect(point.disagreement == false)
        let explained = try await daemon.client.get("/v1/figures/\(id)", as: FigureExplanation.self)
        #expect(explained.figure.value == 1540)
        #expect(explained.extracted?.value == 1536.8)
        #expect(explained.corrections.count == 1)
        // The requester the admin gate let through (this test's user) is recorded in the event.
        #expect(explained.corrections.first?.uid == getuid())
        #expect(explained.corrections.first?.user == (getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? String(getuid())))
        #expect(explained.bulletin.fileName == "ngan-sach-20-10.txt")
        #expect(explained.figure.source != nil)
    }
}
