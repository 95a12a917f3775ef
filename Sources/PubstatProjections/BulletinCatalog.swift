import PubstatModel

/// Every bulletin the log knows, with its current figures, and every rejected file.
///
/// This is also the intake state: a file whose SHA-256 is here was already handled, so a
/// second copy, or the same file seen again after a crash, adds nothing to the log.
public struct BulletinCatalog: Hashable, Sendable, Codable {
    /// A rejected file as recorded in the log.
    public struct Rejection: Hashable, Sendable, Codable {
        public var fileName: String
        public var code: RejectionCode
        public var reason: String
        public var sequence: UInt64
    }

    public enum Intake: Hashable, Sendable {
        case ingested, rejected
    }

    /// Ingested bulletins, figures packed; read through ``bulletins``.
    private(set) var entries: [BulletinID: CatalogEntry] = [:]
    public private(set) var rejections: [BulletinID: Rejection] = [:]
    /// The last `figures.revised` event of each revised bulletin: sequence and extractor version.
    public private(set) var revisions: [BulletinID: UInt64] = [:]
    /// Sizes of the files as dropped, and the extractor that first read each bulletin: kept so
    /// a snapshot can restate the events exactly.
    public private(set) var byteCounts: [BulletinID: Int] = [:]
    public private(set) var ingestExtractorVersions: [BulletinID: String] = [:]
    /// The document context each bulletin was ingested with, when it had one (re-extraction
    /// reads the bulletin with it again).
    public private(set) var contexts: [BulletinID: DocumentContext] = [:]
    /// How many bulletins have no figures, kept as they are folded: `/v1/status` asks for it at
    /// every request, and counting a large archive each time made status cost grow with it.
    public private(set) var withoutFiguresCount = 0

    public init() {}

    /// Every ingested bulletin, unpacked as it is looked up.
    public var bulletins: CatalogBulletins { CatalogBulletins(entries: entries) }

    /// Room for `count` bulletins in the tables every bulletin has an entry in (a restore).
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        byteCounts.reserveCapacity(count)
        ingestExtractorVersions.reserveCapacity(count)
    }

    /// Whether bytes with this SHA-256 were already handled, and how.
    public func intake(of id: BulletinID) -> Intake? {
        if entries[id] != nil { return .ingested }
        if rejections[id] != nil { return .rejected }
        return nil
    }

    public mutating func apply(_ logged: LoggedEvent) {
        apply(PreparedEvent(logged))
    }

    mutating func apply(_ prepared: PreparedEvent) {
        let logged = prepared.logged
        switch logged.event {
        case .bulletinIngested(let e):
            let info = e.bulletin
            var summary = BulletinSummary(
                id: info.id, fileName: info.fileName, published: info.published, subject: info.subject,
                title: info.title, figureCount: e.figures.count, sequence: logged.sequence,
                extractorVersion: info.extractorVersion
            )
            summary.publishedMonth = info.publishedMonth
            summary.sourceURL = e.context.sourceURL
            summary.ingestedAt = Timestamp(micros: logged.timestampMicros)
            replace(info.id, with: CatalogEntry(bulletin: summary, figures: prepared.figures, context: e.context.isEmpty ? nil : e.context))
            contexts[info.id] = e.context.isEmpty ? nil : e.context
            byteCounts[info.id] = info.byteCount
            ingestExtractorVersions[info.id] = info.extractorVersion
        case .bulletinRejected(let e):
            rejections[e.id] = Rejection(fileName: e.fileName, code: e.code, reason: e.reason, sequence: logged.sequence)
            byteCounts[e.id] = e.byteCount
        case .figuresRevised(let e):
            guard var entry = entries[e.id] else { return }
            entry.figures = prepared.figures
            entry.bulletin.figureCount = e.figures.count
            entry.bulletin.extractorVersion = e.extractorVersion
            replace(e.id, with: entry)
            revisions[e.id] = logged.sequence
        case .bulletinRetracted(let e):
            guard entries[e.id]?.bulletin.retracted == nil else { return }
            entries[e.id]?.bulletin.retracted = RetractionRecord(
                sequence: logged.sequence, at: Timestamp(micros: logged.timestampMicros), reason: e.reason, peer: e.peer)
        case .figureCorrected, .figureConfirmed:
            break
        }
    }

    /// Sets a bulletin's entry, keeping ``withoutFiguresCount``.
    private mutating func replace(_ id: BulletinID, with entry: CatalogEntry) {
        if let previous = entries[id], previous.bulletin.figureCount == 0 { withoutFiguresCount -= 1 }
        if entry.bulletin.figureCount == 0 { withoutFiguresCount += 1 }
        entries[id] = entry
    }

    /// Bulletins in the order they were ingested.
    public var list: BulletinList {
        BulletinList(bulletins: entries.values.map(\.bulletin).sorted { $0.sequence < $1.sequence })
    }

    /// Bulletins whose current figures are none (ingested, but nothing was extracted), in the
    /// order they were ingested.
    public var withoutFigures: BulletinList {
        BulletinList(bulletins: entries.values.map(\.bulletin).filter { $0.figureCount == 0 }.sorted { $0.sequence < $1.sequence })
    }

    /// Looks a bulletin up by its full id or a unique prefix of at least 8 hex digits.
    public func detail(matching idOrPrefix: String) -> BulletinDetail? {
        if let id = BulletinID(hex: idOrPrefix), let found = entries[id] { return found.detail }
        guard idOrPrefix.count >= 8 else { return nil }
        let matches = entries.keys.filter { $0.rawValue.hasPrefix(idOrPrefix) }
        return matches.count == 1 ? entries[matches[0]]?.detail : nil
    }
}
