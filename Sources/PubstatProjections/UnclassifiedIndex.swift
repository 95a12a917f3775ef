import PubstatModel

/// Each bulletin's unclassified mentions, as its last `bulletin.ingested` or `figures.revised`
/// event states them (an event without the member has none). Kept apart from every figure
/// projection: mentions are what the catalogue misses, not statistics. Kept packed
/// (``PackedMentions``), read back on demand.
public struct UnclassifiedIndex: Hashable, Sendable, Codable {
    private var byBulletin: [BulletinID: PackedMentions] = [:]
    /// The file name each bulletin had in the inbox, and the order bulletins were ingested.
    private var fileNames: [BulletinID: String] = [:]
    private var order: [BulletinID: UInt64] = [:]

    public init() {}

    /// Room for `count` bulletins (a restore).
    mutating func reserveCapacity(_ count: Int) {
        fileNames.reserveCapacity(count)
        order.reserveCapacity(count)
    }

    public mutating func apply(_ logged: LoggedEvent) {
        apply(PreparedEvent(logged))
    }

    mutating func apply(_ prepared: PreparedEvent) {
        let logged = prepared.logged
        switch logged.event {
        case .bulletinIngested(let e):
            fileNames[e.bulletin.id] = e.bulletin.fileName
            order[e.bulletin.id] = logged.sequence
            byBulletin[e.bulletin.id] = prepared.mentions
        case .figuresRevised(let e):
            guard order[e.id] != nil else { return }
            byBulletin[e.id] = prepared.mentions
        case .bulletinRejected, .figureCorrected, .figureConfirmed, .bulletinRetracted:
            break
        }
    }

    /// The packed mentions of one bulletin; nil when it has none.
    func packed(of id: BulletinID) -> PackedMentions? { byBulletin[id] }

    /// The mentions of one bulletin, in text order.
    public func mentions(of id: BulletinID) -> [UnclassifiedMention] { byBulletin[id]?.mentions ?? [] }

    /// Mentions of every bulletin (or of `filter.bulletin`), bulletins in the order they were
    /// ingested, at most `filter.limit`; `total` counts them all.
    public func report(_ filter: UnclassifiedFilter) -> UnclassifiedReport {
        let ids = filter.bulletin.map { [$0] } ?? byBulletin.keys.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
        var out: [UnclassifiedReport.Entry] = []
        var total = 0
        for id in ids {
            guard let packed = byBulletin[id] else { continue }
            total += packed.count
            guard out.count < filter.limit else { continue }
            for mention in packed.prefix(filter.limit - out.count) {
                out.append(UnclassifiedReport.Entry(bulletin: id, fileName: fileNames[id] ?? "", mention: mention))
            }
        }
        return UnclassifiedReport(total: total, mentions: out)
    }
}
