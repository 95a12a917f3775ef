import PubstatModel
import PubstatProjections
import Synchronization

/// Fixed answers, and a record of the budget filters asked for.
final class StubQueries: PubstatQueries, @unchecked Sendable {
    static let laiChau = Jurisdiction(.province, "Lai Châu")
    static let dienBien = Jurisdiction(.province, "Điện Biên")
    static let idA = BulletinID(hex: "abcdef01" + String(repeating: "1", count: 56))!
    static let idB = BulletinID(hex: "abcdef01" + String(repeating: "2", count: 56))!
    static let idC = BulletinID(hex: "0123456789" + String(repeating: "3", count: 54))!

    /// File names to give bulletins instead of `<short id>.txt`.
    let fileNames: [BulletinID: String]
    /// The peer of each re-extraction asked for, in order.
    let reextractions = Mutex<[Peer]>([])
    /// The peers a rebuild ran for.
    let rebuilds = Mutex<[Peer]>([])

    init(fileNames: [BulletinID: String] = [:]) { self.fileNames = fileNames }

    func health() async -> HealthReport { HealthReport(version: "test-1") }

    func status() async -> StatusReport {
        StatusReport(
            logRecords: 3, lastSequence: 3, headHash: String(repeating: "f", count: 64), logBytes: 4096,
            bulletinsIngested: 3, bulletinsRejected: 1, duplicatesDropped: 0, inboxPending: 2,
            recovery: nil, version: "test-1"
        )
    }

    func budget(_ filter: BudgetFilter) async -> BudgetReport {
        BudgetReport(years: Self.budgetYears.filter { year in
            (filter.year.map { $0 == year.year } ?? true)
                && (filter.jurisdiction.map { $0 == year.jurisdiction } ?? true)
        })
    }

    func visitors() async -> VisitorReport { Self.visitorReport }

    func bulletins() async -> BulletinList {
        BulletinList(bulletins: [Self.idA, Self.idB, Self.idC].map(named))
    }

    func bulletin(_ id: BulletinID) async -> BulletinDetail? {
        guard [Self.idA, Self.idB, Self.idC].contains(id) else { return nil }
        let figure = Figure(
            indicator: .budgetRevenueOnTerritory, value: 1_234.5, unit: .billionVND, period: Period("2021-9M"),
            jurisdiction: Self.laiChau, quote: "Tổng thu ngân sách trên địa bàn ước đạt 1.234,5 tỷ đồng"
        )
        return BulletinDetail(bulletin: named(id), figures: [figure])
    }

    func rebuild(requestedBy peer: Peer) async throws -> RebuildReport {
        rebuilds.withLock { $0.append(peer) }
        return RebuildReport(eventsRead: 7, eventsCaughtUp: 1, headSequence: 7, seconds: 0.25)
    }

    func reextract(requestedBy peer: Peer) async throws -> ReextractReport {
        reextractions.withLock { $0.append(peer) }
        var report = ReextractReport(extractorVersion: "x2")
        report.examined = 3
        report.revised = 1
        report.figuresAdded = 2
        report.lastSequence = 4
        return report
    }

    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport {
        let mention = UnclassifiedMention(value: 320, unit: .count, text: "320 doanh nghiệp", period: Period("2024"),
                                          quote: "toàn tỉnh có 320 doanh nghiệp thành lập mới", source: SourceSpan(start: 10, end: 61))
        let all = [Self.idA, Self.idC].filter { filter.bulletin == nil || filter.bulletin == $0 }
            .map { UnclassifiedReport.Entry(bulletin: $0, fileName: "\($0.short).txt", mention: mention) }
        return UnclassifiedReport(total: all.count, mentions: Array(all.prefix(filter.limit)))
    }

    private func named(_ id: BulletinID) -> BulletinSummary {
        var summary = Self.summary(id)
        if let name = fileNames[id] { summary.fileName = name }
        return summary
    }

    static func summary(_ id: BulletinID) -> BulletinSummary {
        BulletinSummary(
            id: id, fileName: "\(id.short).txt", published: CalendarDate(year: 2021, month: 10, day: 5),
            subject: laiChau, title: "Tình hình kinh tế - xã hội 9 tháng năm 2021", figureCount: id == idC ? 0 : 1,
            sequence: 1, extractorVersion: "x1"
        )
    }
}
