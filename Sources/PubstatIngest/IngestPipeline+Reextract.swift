import Logging
import PubstatExtraction
import PubstatModel
import PubstatProjections

extension IngestPipeline {
    /// Runs the current extractor over every stored bulletin and appends a `figures.revised`
    /// event for each whose figures or unclassified mentions differ. Nothing in the log is
    /// rewritten. Logs its start (who asked) and its end with the counts.
    public func reextract(requestedBy peer: Peer? = nil) async throws -> ReextractReport {
        let extractor = extractorInUse
        let started = ContinuousClock.now
        var metadata: Logger.Metadata = [
            "extractor.version": "\(extractor.version)", "bulletins": "\(projections.catalog.bulletins.count)",
        ]
        if let peer {
            metadata["peer.uid"] = "\(peer.uid)"
            metadata["peer.user"] = "\(peer.userName ?? "")"
        }
        logger.info("re-extraction started", metadata: metadata)
        do {
            let report = try await reextractAll(with: extractor)
            metadata.merge(report.logMetadata) { $1 }
            metadata["duration"] = "\(ContinuousClock.now - started)"
            logger.info("re-extraction finished", metadata: metadata)
            return report
        } catch {
            metadata["error"] = "\(error)"
            logger.error("re-extraction failed; the events appended before the failure stay in the log", metadata: metadata)
            throw error
        }
    }

    private func reextractAll(with extractor: BulletinExtractor) async throws -> ReextractReport {
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

extension ReextractReport {
    /// The counts as journal fields.
    var logMetadata: Logger.Metadata {
        [
            "examined": "\(examined)", "revised": "\(revised)", "figures.superseded": "\(figuresSuperseded)",
            "figures.added": "\(figuresAdded)", "missing.raw": "\(missingRaw)",
            "event.seq": "\(lastSequence.map(String.init) ?? "none")",
        ]
    }
}
