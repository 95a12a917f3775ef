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
        forEachSnapshotEvent { events.append($0) }
        return events
    }

    /// Hands ``snapshotEvents()`` to `body` one by one, in sequence order, each unpacked only
    /// when its turn comes: a snapshot of a large archive never holds them all at once.
    public func forEachSnapshotEvent(_ body: (LoggedEvent) throws -> Void) rethrows {
        var order: [(sequence: UInt64, source: RestatedEvent)] = []
        order.reserveCapacity(catalog.entries.count + catalog.revisions.count + catalog.rejections.count)
        for (id, entry) in catalog.entries {
            order.append((entry.bulletin.sequence, .ingested(id)))
            if let revision = catalog.revisions[id] { order.append((revision, .revised(id))) }
        }
        for (id, rejection) in catalog.rejections { order.append((rejection.sequence, .rejected(id))) }
        for act in series.restatedActs() { order.append((act.sequence, .act(act))) }
        order.sort { $0.sequence < $1.sequence }
        for (sequence, source) in order { try body(restated(source, at: sequence)) }
    }

    /// Where a restated event comes from.
    private enum RestatedEvent {
        case ingested(BulletinID), revised(BulletinID), rejected(BulletinID), act(LoggedEvent)
    }

    private func restated(_ source: RestatedEvent, at sequence: UInt64) -> LoggedEvent {
        switch source {
        case .ingested(let id):
            guard let entry = catalog.entries[id] else { preconditionFailure("restating a bulletin the catalog lost") }
            let summary = entry.bulletin
            var info = BulletinInfo(
                id: id, fileName: summary.fileName, byteCount: catalog.byteCounts[id] ?? 0,
                published: summary.published, subject: summary.subject, title: summary.title,
                extractorVersion: catalog.ingestExtractorVersions[id] ?? summary.extractorVersion
            )
            info.publishedMonth = summary.publishedMonth
            return LoggedEvent(sequence: sequence, timestampMicros: series.times(of: id)?.ingested ?? 0, event: .bulletinIngested(
                BulletinIngested(bulletin: info, figures: entry.figures.figures, context: catalog.contexts[id] ?? DocumentContext(),
                                 unclassified: unclassified.mentions(of: id))))
        case .revised(let id):
            guard let entry = catalog.entries[id] else { preconditionFailure("restating a bulletin the catalog lost") }
            return LoggedEvent(sequence: sequence, timestampMicros: series.times(of: id)?.extracted ?? 0, event: .figuresRevised(
                FiguresRevised(id: id, extractorVersion: entry.bulletin.extractorVersion, figures: entry.figures.figures,
                               unclassified: unclassified.mentions(of: id))))
        case .rejected(let id):
            guard let rejection = catalog.rejections[id] else { preconditionFailure("restating a rejection the catalog lost") }
            return LoggedEvent(sequence: sequence, timestampMicros: 0, event: .bulletinRejected(
                BulletinRejected(id: id, fileName: rejection.fileName, byteCount: catalog.byteCounts[id] ?? 0,
                                 code: rejection.code, reason: rejection.reason)))
        case .act(let logged):
            return logged
        }
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
    /// `spill`, when given, keeps the packed records out of memory.
    public init(
        lastSequence: UInt64, expectedEvents: Int = 0, spill: (any PackedRecordSpill)? = nil,
        restating restate: (_ fold: (LoggedEvent) -> Void) throws -> Void
    ) rethrows {
        self.init()
        if expectedEvents > 0 { reserveCapacity(bulletins: expectedEvents) }
        try restate { foldWithoutGapCheck(PreparedEvent($0, spill: spill)) }
        self.lastSequence = lastSequence
    }
}
