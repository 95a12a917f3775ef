import Foundation
import PubstatExtraction
import PubstatModel
import PubstatProjections

/// The CPU-bound part of re-extraction: every stored bulletin read and extracted again, and
/// compared with the figures the projections hold. Pure but for reading the raw copies.
enum ReextractWork {
    /// Runs `work` on a thread of its own, off Swift's cooperative pool: a re-extraction of
    /// thousands of bulletins must not take the threads that answer queries.
    static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = "pubstat-reextract"
            thread.start()
        }
    }

    /// The `figures.revised` events that bring `projections` up to `extractor`, and the counts.
    /// `probe` is called with the number of bulletins examined so far, after each one (tests pause there).
    static func revisions(
        of projections: Projections, extractor: BulletinExtractor, store: RawBulletinStore, probe: (@Sendable (Int) -> Void)?
    ) -> (ReextractReport, [Event]) {
        var report = ReextractReport(extractorVersion: extractor.version)
        var events: [Event] = []
        for summary in projections.catalog.list.bulletins {
            guard let current = projections.catalog.bulletins[summary.id] else { continue }
            report.examined += 1
            defer { probe?(report.examined) }
            guard let bytes = try? store.load(summary.id) else {
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
        return (report, events)
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
