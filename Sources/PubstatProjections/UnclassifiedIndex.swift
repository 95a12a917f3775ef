import PubstatModel

/// Each bulletin's unclassified mentions, as its last `bulletin.ingested` or `figures.revised`
/// event states them (an event without the member has none). Kept apart from every figure
/// projection: mentions are what the catalogue misses, not statistics.
public struct UnclassifiedIndex: Hashable, Sendable, Codable {
    private var byBulletin: [BulletinID: [UnclassifiedMention]] = [:]
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
        switch logged.event {
        case .bulletinIngested(let e):
            fileNames[e.bulletin.id] = e.bulletin.fileName
            order[e.bulletin.id] = logged.sequence
            set(e.unclassified, for: e.bulletin.id)
        case .figuresRevised(let e):
            guard order[e.id] != nil else { return }
            set(e.unclassified, for: e.id)
        case .bulletinRejected, .figureCorrected, .figureConfirmed, .bulletinRetracted:
            break
        }
    }

    private mutating func set(_ mentions: [UnclassifiedMention]?, for id: BulletinID) {
        if let mentions, !mentions.isEmpty { byBulletin[id] = mentions } else { byBulletin[id] = nil }
    }

    /// The mentions of one bulletin, in text order.
    public func mentions(of id: BulletinID) -> [UnclassifiedMention] { byBulletin[id] ?? [] }

    /// Mentions of every bulletin (or of `filter.bulletin`), bulletins in the order they were
    /// ingested, at most `filter.limit`; `total` counts them all.
    public func report(_ filter: UnclassifiedFilter) -> UnclassifiedReport {
        let ids = filter.bulletin.map { [$0] } ?? byBulletin.keys.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
        var out: [UnclassifiedReport.Entry] = []
        var total = 0
        for id in ids {
            let mentions = byBulletin[id] ?? []
            total += mentions.count
            for mention in mentions where out.count < filter.limit {
                out.append(UnclassifiedReport.Entry(bulletin: id, fileName: fileNames[id] ?? "", mention: mention))
            }
        }
        return UnclassifiedReport(total: total, mentions: out)
    }
}
