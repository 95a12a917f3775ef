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

    public mutating func apply(_ logged: LoggedEvent) {
        switch logged.event {
        case .bulletinIngested(let e):
            fileNames[e.bulletin.id] = e.bulletin.fileName
            order[e.bulletin.id] = logged.sequence
            set(e.unclassified, for: e.bulletin.id)
        case .figuresRevised(let e):
            guard order[e.id] != nil else { return }
            set(e.unclassified, for: e.id)
        case .bulletinRejected:
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

/// The filters of `GET /v1/unclassified`.
public struct UnclassifiedFilter: Hashable, Sendable {
    /// The default and largest number of mentions answered.
    public static let defaultLimit = 100
    public static let maxLimit = 10_000

    public var bulletin: BulletinID?
    public var limit: Int

    public init(bulletin: BulletinID? = nil, limit: Int = UnclassifiedFilter.defaultLimit) {
        self.bulletin = bulletin
        self.limit = limit
    }
}

/// `GET /v1/unclassified`: numbers with a unit that no indicator took, with their bulletin.
public struct UnclassifiedReport: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var bulletin: BulletinID
        public var fileName: String
        public var mention: UnclassifiedMention

        public init(bulletin: BulletinID, fileName: String, mention: UnclassifiedMention) {
            self.bulletin = bulletin
            self.fileName = fileName
            self.mention = mention
        }
    }

    /// Mentions matching the filter, before the limit.
    public var total: Int
    public var mentions: [Entry]

    public init(total: Int, mentions: [Entry]) {
        self.total = total
        self.mentions = mentions
    }
}
