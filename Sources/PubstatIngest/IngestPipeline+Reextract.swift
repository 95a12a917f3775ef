import PubstatExtraction
import PubstatModel
import PubstatProjections

/// What a re-extraction did.
public struct ReextractReport: Hashable, Sendable, Codable {
    public var extractorVersion: String
    /// Bulletins read again.
    public var examined: Int
    /// Bulletins whose figures changed: one `figures.revised` event each.
    public var revised: Int
    public var figuresSuperseded: Int
    public var figuresAdded: Int
    /// Bulletins whose raw copy is missing from the state folder.
    public var missingRaw: Int
    /// Sequence number of the last event appended, if any.
    public var lastSequence: UInt64?

    public init(extractorVersion: String) {
        self.extractorVersion = extractorVersion
        examined = 0
        revised = 0
        figuresSuperseded = 0
        figuresAdded = 0
        missingRaw = 0
    }
}

extension IngestPipeline {
    /// Runs the current extractor over every stored bulletin and appends a `figures.revised`
    /// event for each whose figures differ. Nothing in the log is rewritten.
    public func reextract() async throws -> ReextractReport {
        var report = ReextractReport(extractorVersion: BulletinExtractor.version)
        var events: [Event] = []
        for summary in projections.catalog.list.bulletins {
            guard let current = projections.catalog.bulletins[summary.id] else { continue }
            report.examined += 1
            guard let bytes = try? rawBulletins.load(summary.id) else {
                report.missingRaw += 1
                continue
            }
            let fresh = (try? extractorInUse.extract(bytes: bytes, fileName: summary.fileName).figures) ?? []
            let before = Set(current.figures.map(FigureIdentity.init))
            let after = Set(fresh.map(FigureIdentity.init))
            guard before != after else { continue }
            report.revised += 1
            report.figuresSuperseded += before.subtracting(after).count
            report.figuresAdded += after.subtracting(before).count
            events.append(.figuresRevised(FiguresRevised(id: summary.id, extractorVersion: BulletinExtractor.version, figures: fresh)))
        }
        guard !events.isEmpty else { return report }
        let logged = try await appendAndFold(events)
        report.lastSequence = logged.last?.sequence
        return report
    }
}

/// A figure's content without where it sits in the text, to tell real changes from moves.
private struct FigureIdentity: Hashable {
    var figure: Figure

    init(_ figure: Figure) {
        var copy = figure
        copy.source = nil
        self.figure = copy
    }
}
