import Logging
import PubstatExtraction
import PubstatModel
import PubstatProjections

extension IngestPipeline {
    /// Runs the current extractor over every stored bulletin and appends a `figures.revised`
    /// event for each whose figures or unclassified mentions differ. Nothing in the log is
    /// rewritten. Logs its start (who asked) and its end with the counts.
    ///
    /// It never holds up intake or queries: the bulletins are read and extracted on a thread of
    /// their own, against a copy of the projections taken at the start (this actor stays free
    /// to ingest), and the revisions are appended in batches of ``reextractAppendBatch``, so an
    /// intake batch waits for one such append at most. One runs at a time: a second call while
    /// one runs throws ``ReextractionInProgress`` at once.
    public func reextract(requestedBy peer: Peer? = nil) async throws -> ReextractReport {
        if let running = reextraction { throw ReextractionInProgress(running: running) }
        let running = ReextractionInProgress.Running(peer: peer, since: .now)
        reextraction = running
        defer { reextraction = nil }
        let extractor = extractorInUse, copy = projections, store = rawBulletins, probe = reextractProbe
        let metadata = Self.peerMetadata(peer).merging(
            ["extractor.version": "\(extractor.version)", "bulletins": "\(copy.catalog.bulletins.count)"]) { $1 }
        return try await journaled("re-extraction", ifFailed: "the revisions appended before the failure stay in the log",
                                   metadata: metadata, since: running.since) {
            var (report, events) = await ReextractWork.run {
                ReextractWork.revisions(of: copy, extractor: extractor, store: store, probe: probe)
            }
            var start = 0
            while start < events.count {
                let batch = Array(events[start..<min(start + Self.reextractAppendBatch, events.count)])
                report.lastSequence = try await appendAndFold(batch).last?.sequence
                start += batch.count
            }
            return (report, report.logMetadata)
        }
    }

    /// The revisions appended at once: small enough that intake never waits long for the log.
    static let reextractAppendBatch = 256
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
