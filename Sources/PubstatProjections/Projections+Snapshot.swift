import PubstatModel

extension Projections {
    /// The fewest events that fold into these projections: for each bulletin its ingestion
    /// (with its current figures) and, if revised, its last revision; for each rejected file
    /// its rejection; every correction, confirmation and retraction; each at its original
    /// sequence number and time, in sequence order.
    ///
    /// A snapshot stores these instead of the projections' own shape, so loading it costs a
    /// fold over one or two events per bulletin, however long the log.
    public func snapshotEvents() -> [LoggedEvent] {
        var events: [LoggedEvent] = []
        for (id, entry) in catalog.entries {
            let summary = entry.bulletin
            let figures = entry.figures.figures
            var info = BulletinInfo(
                id: id, fileName: summary.fileName, byteCount: catalog.byteCounts[id] ?? 0,
                published: summary.published, subject: summary.subject, title: summary.title,
                extractorVersion: catalog.ingestExtractorVersions[id] ?? summary.extractorVersion
            )
            info.publishedMonth = summary.publishedMonth
            let times = series.times(of: id)
            events.append(LoggedEvent(sequence: summary.sequence, timestampMicros: times?.ingested ?? 0, event: .bulletinIngested(
                BulletinIngested(bulletin: info, figures: figures, context: catalog.contexts[id] ?? DocumentContext(),
                                 unclassified: unclassified.mentions(of: id)))))
            if let revision = catalog.revisions[id] {
                events.append(LoggedEvent(sequence: revision, timestampMicros: times?.extracted ?? 0, event: .figuresRevised(
                    FiguresRevised(id: id, extractorVersion: summary.extractorVersion, figures: figures,
                                   unclassified: unclassified.mentions(of: id)))))
            }
        }
        for (id, rejection) in catalog.rejections {
            events.append(LoggedEvent(sequence: rejection.sequence, timestampMicros: 0, event: .bulletinRejected(
                BulletinRejected(id: id, fileName: rejection.fileName, byteCount: catalog.byteCounts[id] ?? 0,
                                 code: rejection.code, reason: rejection.reason))))
        }
        events += series.restatedActs()
        return events.sorted { $0.sequence < $1.sequence }
    }

    /// Rebuilds projections from ``snapshotEvents()`` taken when `lastSequence` was folded.
    public init(restoring events: [LoggedEvent], lastSequence: UInt64) {
        self.init(lastSequence: lastSequence) { fold in
            for logged in events.sorted(by: { $0.sequence < $1.sequence }) { fold(logged) }
        }
    }

    /// Rebuilds projections from ``snapshotEvents()`` taken when `lastSequence` was folded,
    /// as `restate` hands them to its argument one by one, in sequence order; no array of them
    /// is kept (a snapshot of a large archive is decoded block by block). `expectedEvents`, when
    /// known, sizes the per-bulletin tables at once instead of growing them step by step.
    public init(
        lastSequence: UInt64, expectedEvents: Int = 0, restating restate: (_ fold: (LoggedEvent) -> Void) throws -> Void
    ) rethrows {
        self.init()
        if expectedEvents > 0 { reserveCapacity(bulletins: expectedEvents) }
        try restate { foldWithoutGapCheck(PreparedEvent($0)) }
        self.lastSequence = lastSequence
    }
}
