import Glibc
@testable import PubstatLog
import PubstatModel
import PubstatPosix
import Testing

/// The committed golden log `Events/fixtures/golden-v1/`: a log written by format version 1.
/// The test reads the committed bytes; it never regenerates them.
@Suite("Golden log v1")
struct GoldenLogTests {
    static let fixture: String = {
        // …/Tests/PubstatLogTests/GoldenLogTests.swift → …/Events/fixtures/golden-v1
        let tests = Posix.parentDirectory(of: Posix.parentDirectory(of: #filePath))
        return "\(Posix.parentDirectory(of: tests))/Events/fixtures/golden-v1"
    }()

    static let headHash = "18395801af0fc783c43955a7ef9c8d82d8543bc9f479b21d1abe5a8ac5b7a437"

    @Test func verifiesWithTheKnownHeadHash() throws {
        let report = try LogVerifier.verify(directory: Self.fixture)
        #expect(report.records == 7)
        #expect(report.segments == 2)
        #expect(report.tornTail == nil)
        #expect(report.headHash == Self.headHash)
    }

    @Test func replaysToTheKnownEvents() async throws {
        try await withTemporaryDirectory { dir in
            let log = try openCopy(ofGoldenLog: Self.fixture, in: dir)
            defer { log.close() }
            #expect(log.recovery == nil)
            #expect(log.head.headHash == Self.headHash)
            let logged = try log.all()
            #expect(logged.map(\.sequence) == Array(1...7))
            #expect(logged.map(\.timestampMicros) == GoldenEvents.times)
            #expect(logged.map(\.event) == GoldenEvents.all.flatMap { $0 })

            // Spot checks on decoded values, independent of the generator's code.
            guard case .bulletinIngested(let first) = logged[0].event else {
                Issue.record("record 1 is not bulletin.ingested")
                return
            }
            #expect(first.bulletin.fileName == "bao-cao-thang-9.txt")
            #expect(first.figures.count == 2)
            #expect(first.figures[0].value == 8123.45)
            #expect(first.figures[0].unit == .billionVND)
            #expect(first.figures[0].percent(of: .provincialCouncil) == 76.2)
            #expect(first.figures[1].value == 215_400)
            #expect(first.figures[1].period?.description == "2024-9M")
            guard case .bulletinRejected(let rejected) = logged[2].event else {
                Issue.record("record 3 is not bulletin.rejected")
                return
            }
            #expect(rejected.code == .binaryContent)
            // v1 `bulletin.ingested` records upcast to v2 with an empty document context
            #expect(first.context == DocumentContext())
            #expect(first.context.isEmpty)
            // record 7 was written with the code `empty`, read today as `empty_file`
            guard case .bulletinRejected(let empty) = logged[6].event else {
                Issue.record("record 7 is not bulletin.rejected")
                return
            }
            #expect(empty.code == .emptyFile)
            guard case .figuresRevised(let revised) = logged[5].event else {
                Issue.record("record 6 is not figures.revised")
                return
            }
            #expect(revised.figures[0].value == 8125.0)
        }
    }

    /// Writes a new golden log into `$PUBSTAT_WRITE_GOLDEN` (an empty directory). Only runs
    /// when that variable is set; the committed fixture is never rewritten by the test run.
    @Test(.enabled(if: getenv("PUBSTAT_WRITE_GOLDEN") != nil))
    func writeGoldenLog() async throws {
        let directory = String(cString: getenv("PUBSTAT_WRITE_GOLDEN"))
        let clock = GoldenClock()
        let log = try EventLog.open(directory: directory, options: .init(segmentSize: 2048, clock: { clock.next() }))
        for batch in GoldenEvents.all { _ = try await log.append(batch) }
        print("golden head hash: \(log.head.headHash), \(log.head.segmentCount) segments")
        log.close()
        try Posix.unlink("\(directory)/LOCK")
    }
}

/// Record times of the golden log: 2024-10-01T08:00:00Z, then one per group commit, 1.5 s apart.
final class GoldenClock: @unchecked Sendable {
    private var next_ = Int64(1_727_769_600_000_000)
    func next() -> Int64 { defer { next_ += 1_500_000 }; return next_ }  // one reading per group commit
}

/// The golden log's events, one inner array per `append` call. Invented figures.
enum GoldenEvents {
    static let times: [Int64] = {
        // Group commits of 2, 1, 1, 1, 1, 1 records.
        let base = Int64(1_727_769_600_000_000)
        return [base, base] + (1...5).map { base + Int64($0) * 1_500_000 }
    }()

    static func id(_ byte: String) -> BulletinID { BulletinID(hex: String(repeating: byte, count: 64))! }

    static let all: [[Event]] = {
        var revenue = Figure(
            indicator: .budgetRevenueOnTerritory, value: 8123.45, unit: .billionVND,
            period: Period(.firstMonths(year: 2024, months: 9)), jurisdiction: Jurisdiction(.province, "Tỉnh Mẫu"),
            quote: "Tổng thu ngân sách trên địa bàn 9 tháng ước đạt 8.123,45 tỷ đồng"
        )
        revenue.pctOfPlan = [PlanComparison(pct: 76.2, authority: .provincialCouncil)]
        revenue.yoyPct = 5.3
        revenue.source = SourceSpan(start: 412, end: 489)
        var visitors = Figure(
            indicator: .touristArrivals, value: 215_400, unit: .arrivals,
            period: Period(.firstMonths(year: 2024, months: 9)), jurisdiction: Jurisdiction(.province, "Tỉnh Mẫu"),
            quote: "đón khoảng 215.400 lượt khách"
        )
        visitors.qualifier = .approx
        let september = BulletinIngested(
            bulletin: BulletinInfo(
                id: id("1"), fileName: "bao-cao-thang-9.txt", byteCount: 18_233,
                published: CalendarDate(year: 2024, month: 9, day: 28), subject: Jurisdiction(.province, "Tỉnh Mẫu"),
                title: "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2024", extractorVersion: "golden-1"
            ),
            figures: [revenue, visitors]
        )
        let portal = BulletinIngested(
            bulletin: BulletinInfo(
                id: id("2"), fileName: "cong-thong-tin.txt", byteCount: 2_048, published: nil,
                subject: Jurisdiction(.city, "Thành phố Mẫu"), title: nil, extractorVersion: "golden-1"
            ),
            figures: [Figure(
                indicator: .portalVisitsTotal, value: 1_234_567, unit: .visits, jurisdiction: Jurisdiction(.city, "Thành phố Mẫu"),
                quote: "Tổng số lượt truy cập: 1.234.567"
            )]
        )
        let rejected = BulletinRejected(
            id: id("3"), fileName: "scan.pdf", byteCount: 90_112, code: .binaryContent,
            reason: "the file is binary (a PDF?), not a text bulletin"
        )
        let empty = BulletinIngested(
            bulletin: BulletinInfo(
                id: id("4"), fileName: "thong-bao.txt", byteCount: 640, published: CalendarDate(year: 2024, month: 10, day: 1),
                subject: nil, title: "Thông báo", extractorVersion: "golden-1"
            ),
            figures: []
        )
        var revisedRevenue = revenue
        revisedRevenue.value = 8125.0
        let revised = FiguresRevised(id: id("1"), extractorVersion: "golden-2", figures: [revisedRevenue, visitors])
        let october = BulletinIngested(
            bulletin: BulletinInfo(
                id: id("6"), fileName: "du-lich-thang-10.txt", byteCount: 3_300,
                published: CalendarDate(year: 2024, month: 10, day: 31), subject: Jurisdiction(.province, "Tỉnh Mẫu"),
                title: "Du lịch tháng 10", extractorVersion: "golden-1"
            ),
            figures: [Figure(
                indicator: .touristArrivals, value: 31_250, unit: .arrivals,
                period: Period(.month(YearMonth(year: 2024, month: 10)!)), jurisdiction: Jurisdiction(.province, "Tỉnh Mẫu"),
                quote: "Trong tháng 10 đón 31.250 lượt khách"
            )]
        )
        let rejectedAgain = BulletinRejected(
            id: id("5"), fileName: "trong.txt", byteCount: 0, code: .emptyFile, reason: "the file is empty"
        )
        return [
            [.bulletinIngested(september), .bulletinIngested(portal)],
            [.bulletinRejected(rejected)],
            [.bulletinIngested(empty)],
            [.bulletinIngested(october)],
            [.figuresRevised(revised)],
            [.bulletinRejected(rejectedAgain)],
        ]
    }()
}

/// Opens a copy of the golden log `fixture` in `directory`: opening takes a lock file and may
/// repair, and the committed fixture must stay untouched.
func openCopy(ofGoldenLog fixture: String, in directory: TemporaryDirectory) throws -> EventLog {
    for name in try Posix.listDirectory(fixture) where name.hasSuffix(".seg") {
        try Posix.writeFileAtomically(directory.file(name), try Posix.readFile("\(fixture)/\(name)"))
    }
    return try EventLog.open(directory: directory.path)
}
