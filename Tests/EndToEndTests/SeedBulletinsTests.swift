import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// The whole path on the five real seed bulletins: drop into the inbox, query the socket,
/// restart and get the same answers from replay.
@Suite(.serialized) struct SeedBulletinsTests {
    @Test(.enabled(if: SharedCorpus.seeds != nil, Comment(rawValue: SharedCorpus.missingMessage)))
    func seedsGiveBudgetAndVisitorFiguresAndSurviveRestart() async throws {
        let seeds = try #require(SharedCorpus.seeds)
        let root = try temporaryFolder("seeds")
        defer { try? FileManager.default.removeItem(at: root) }
        // A settle interval well above the slow writer's pauses, even on a loaded machine.
        var daemon = try await DaemonProcess(root: root, settle: 2)
        // Four by rename, one by a slow writer that writes in chunks without renaming.
        for (index, seed) in seeds.enumerated() {
            let bytes = try Data(contentsOf: seed)
            if index == 0 {
                try await daemon.dropSlowly(bytes, as: seed.lastPathComponent)
            } else {
                try daemon.dropByRename(bytes, as: seed.lastPathComponent)
            }
        }
        try await daemon.waitForEmptyInbox()
        #expect(daemon.names(in: daemon.processed).count == seeds.count)
        #expect(daemon.names(in: daemon.failed).isEmpty)

        let budget = try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self)
        let visitors = try await daemon.client.get("/v1/projections/visitors", as: VisitorReport.self)
        try checkBudget(budget)
        try checkVisitors(visitors)
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsIngested == seeds.count)
        #expect(status.lastSequence == UInt64(seeds.count))

        // Restart: the same answers, from replaying the log.
        #expect(try await daemon.stop() == 0)
        daemon = try await DaemonProcess(root: root)
        let replayedBudget = try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self)
        let replayedVisitors = try await daemon.client.get("/v1/projections/visitors", as: VisitorReport.self)
        #expect(replayedBudget == budget)
        #expect(replayedVisitors == visitors)
        try await daemon.stop()
    }

    private func checkBudget(_ report: BudgetReport) throws {
        let province = Jurisdiction(.province, "Lai Châu")
        let city = Jurisdiction(.city, "Lai Châu")
        func year(_ j: Jurisdiction, _ y: Int) -> BudgetYear? { report.years.first { $0.jurisdiction == j && $0.year == y } }

        let q3 = try #require(year(province, 2021)?.quarters.first { $0.quarter == 3 })
        #expect(abs(q3.revenueBillionVND - 1208.8) < 1e-6)
        #expect(q3.asOf == CalendarDate(year: 2021, month: 9, day: 10))
        #expect(abs((q3.yearElapsedPct ?? 0) - 69.3) < 0.05)
        #expect(q3.yoyPct == 1.9)
        let central = try #require(q3.estimates.first { $0.authority == .central })
        #expect(central.pct == 82 && abs(central.impliedEstimateBillionVND - 1474.1) < 0.1)
        let council = try #require(q3.estimates.first { $0.authority == .provincialCouncil })
        #expect(council.pct == 63 && abs(council.impliedEstimateBillionVND - 1918.7) < 0.1)

        let p2016 = try #require(year(province, 2016))
        #expect(p2016.fullYear?.revenueBillionVND == 1862)
        #expect(p2016.plans.map(\.amountBillionVND) == [1500])
        #expect(abs((p2016.fullYear?.estimates.first { $0.authority == .plan }?.pct ?? 0) - 124.1) < 0.05)
        #expect(year(province, 2025)?.targets.map(\.amountBillionVND) == [3000])

        let c2020 = try #require(year(city, 2020)?.fullYear)
        #expect(abs(c2020.revenueBillionVND - 197.5) < 1e-6)
        #expect(c2020.estimates.first { $0.authority == .provinceAssigned }?.pct == 111)
        #expect(c2020.estimates.first { $0.authority == .cityCouncil }?.pct == 107)
        let c2016 = try #require(year(city, 2016)?.fullYear)
        #expect(abs(c2016.revenueBillionVND - 220.863) < 1e-6)
        #expect(c2016.estimates.first { $0.authority == .plan }?.pct == 127.54)
        #expect(c2016.yoyPct == 61.69)
    }

    private func checkVisitors(_ report: VisitorReport) throws {
        let portal = try #require(report.portals.first { $0.portal == "laichau.gov.vn" })
        let march = try #require(portal.captures.first { $0.captured == YearMonth(year: 2021, month: 3) })
        #expect(march.total == 60_588_677 && march.year == 997_293 && march.month == 73_840)
        let october = try #require(portal.captures.first { $0.captured == YearMonth(year: 2021, month: 10) })
        #expect(october.total == 64_095_858 && october.year == 4_504_474 && october.month == 257_818)
        let interval = try #require(portal.intervals.first)
        #expect(interval.visits == 3_507_181)
        #expect(interval.consistent == true)
        let arrivals = try #require(report.tourism.first { $0.indicator == .touristArrivals && $0.jurisdiction == Jurisdiction(.province, "Lai Châu") })
        #expect(arrivals.arrivals == 2_000_000 && arrivals.approximate && arrivals.yoyPct == 33.2)
        #expect(arrivals.period?.description == "2021/2023")
    }
}
