import PubstatExtraction
import PubstatModel
import PubstatProjections

extension IngestPipeline {
    /// Runs the current extractor over every stored bulletin and appends a `figures.revised`
    /// event for each whose figures or unclassified mentions differ. Nothing in the log is rewritten.
    public func reextract() async throws -> ReextractReport {
        let extractor = extractorInUse
        var report = ReextractReport(extractorVersion: extractor.version)
        var events: [Event] = []
        for summary in projections.catalog.list.bulletins {
            guard let current = projections.catalog.bulletins[summary.id] else { continue }
            report.examined += 1
            guard let bytes = try? rawBulletins.load(summary.id) else {
                report.missingRaw += 1
                continue
            }
            // the context recorded at intake (its sidecar) is given again: only the extractor changed
            let context = projections.catalog.contexts[summary.id] ?? DocumentContext()
            let found = try? extractor.extract(bytes: bytes, fileName: summary.fileName, context: context)
            let fresh = found?.figures ?? []
            let mentions = found?.unclassified ?? []
            let before = Set(current.figures.map(FigureIdentity.init))
            let after = Set(fresh.map(FigureIdentity.init))
            let mentionsBefore = Set(projections.unclassified.mentions(of: summary.id).map(MentionIdentity.init))
            guard before != after || mentionsBefore != Set(mentions.map(MentionIdentity.init)) else { continue }
            report.revised += 1
            report.figuresSuperseded += before.subtracting(after).count
            report.figuresAdded += after.subtracting(before).count
            events.append(.figuresRevised(FiguresRevised(
                id: summary.id, extractorVersion: extractor.version, figures: fresh, unclassified: mentions)))
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

/// A mention's content without where it sits in the text.
private struct MentionIdentity: Hashable {
    var mention: UnclassifiedMention

    init(_ mention: UnclassifiedMention) {
        var copy = mention
        copy.source = SourceSpan(start: 0, end: 0)
        self.mention = copy
    }
}
