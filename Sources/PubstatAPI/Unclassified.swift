import PubstatModel

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
