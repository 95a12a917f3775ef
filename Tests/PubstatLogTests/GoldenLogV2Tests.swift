import Glibc
@testable import PubstatLog
import PubstatModel
import PubstatPosix
import Testing

/// The committed golden log `Events/fixtures/golden-v2/`: the v1 golden events written again by
/// pubstat with `bulletin.ingested` v2 (an empty context), then a bulletin with a sidecar's
/// context and a month-precision date. The test reads the committed bytes; it never regenerates them.
@Suite("Golden log v2")
struct GoldenLogV2Tests {
    static let fixture = GoldenLogTests.fixture.replacingOccurrences(of: "golden-v1", with: "golden-v2")

    static let headHash = "c50c1f543f8c7413350a9729db94aa862d29f37b178afaae7c83adbcc999c14e"

    /// The v1 golden events, then one more group commit.
    static let all: [[Event]] = GoldenEvents.all + [[.bulletinIngested(withContext)]]

    static let withContext: BulletinIngested = {
        var info = BulletinInfo(
            id: GoldenEvents.id("7"), fileName: "thu-ngan-sach.html", byteCount: 4_096, published: nil,
            subject: Jurisdiction(.province, "Tỉnh Mẫu"), title: "Thu ngân sách 6 tháng tăng khá", extractorVersion: "golden-2"
        )
        info.publishedMonth = YearMonth(year: 2024, month: 7)
        let figure = Figure(
            indicator: .budgetRevenueOnTerritory, value: 812.4, unit: .billionVND, period: Period(.half(year: 2024, half: 1)),
            jurisdiction: Jurisdiction(.province, "Tỉnh Mẫu"), quote: "thu ngân sách nhà nước trên địa bàn tỉnh đạt 812,4 tỷ đồng"
        )
        let context = DocumentContext(
            sourceURL: "https://tinhmau.gov.vn/tin/1", publisher: "Cổng thông tin tỉnh Mẫu",
            published: CalendarDate(year: 2024, month: 7, day: 5), jurisdiction: Jurisdiction(.province, "Tỉnh Mẫu")
        )
        return BulletinIngested(bulletin: info, figures: [figure], context: context)
    }()

    @Test func replaysToTheKnownEvents() async throws {
        try await withTemporaryDirectory { dir in
            let log = try openCopy(ofGoldenLog: Self.fixture, in: dir)
            defer { log.close() }
            #expect(log.recovery == nil)
            #expect(log.head.headHash == Self.headHash)
            let logged = try log.all()
            #expect(logged.map(\.sequence) == Array(1...8))
            #expect(logged.map(\.event) == Self.all.flatMap { $0 })
            guard case .bulletinIngested(let last) = logged[7].event else {
                Issue.record("record 8 is not bulletin.ingested")
                return
            }
            #expect(last.context.sourceURL == "https://tinhmau.gov.vn/tin/1")
            #expect(last.context.published?.description == "2024-07-05")
            #expect(last.bulletin.publishedMonth?.description == "2024-07")
            guard case .bulletinIngested(let first) = logged[0].event else { return }
            #expect(first.context.isEmpty)
            // the bytes on disk are v2 payloads, the context in the sidecar's keys
            var payloads: [String] = []
            try log.replayRecords { payloads.append(String(decoding: $0.payload, as: UTF8.self)) }
            #expect(payloads.filter { $0.contains(#""type":"bulletin.ingested","v":2"#) }.count == 5)
            #expect(payloads[7].contains(#""context":{"jurisdiction":"province:Tỉnh Mẫu","published":"2024-07-05","publisher":"#))
        }
    }

    /// Writes the v2 golden log into `$PUBSTAT_WRITE_GOLDEN_V2` (an empty directory). Only runs
    /// when that variable is set; the committed fixture is never rewritten by the test run.
    @Test(.enabled(if: getenv("PUBSTAT_WRITE_GOLDEN_V2") != nil))
    func writeGoldenLog() async throws {
        let directory = String(cString: getenv("PUBSTAT_WRITE_GOLDEN_V2"))
        let clock = GoldenClock()
        let log = try EventLog.open(directory: directory, options: .init(segmentSize: 2048, clock: { clock.next() }))
        for batch in Self.all { _ = try await log.append(batch) }
        print("golden v2 head hash: \(log.head.headHash), \(log.head.segmentCount) segments")
        log.close()
        try Posix.unlink("\(directory)/LOCK")
    }
}
