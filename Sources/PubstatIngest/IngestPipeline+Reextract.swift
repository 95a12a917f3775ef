import PubstatExtraction
import PubstatModel
import PubstatProjections

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
            // the context recorded at intake (its sidecar) is given again: only the extractor changed
            let context = projections.catalog.contexts[summary.id] ?? DocumentContext()
            let fresh = (try? extractorInUse.extract(bytes: bytes, fileName: summary.fileName, context: context).figures) ?? []
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
