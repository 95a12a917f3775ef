import Logging
import PubstatLog
import PubstatModel
import PubstatProjections

extension IngestPipeline {
    /// Rebuilds every projection from the log: folds it from sequence 1 into new projections,
    /// then makes them the ones intake folds into and queries read (``adopt(_:)``). Logs its
    /// start (who asked) and its end with the counts.
    ///
    /// It holds up neither reads nor intake: the log is folded on a thread of its own while
    /// queries keep answering from the published read model and intake keeps appending; a second
    /// pass folds what was appended meanwhile, and only the events appended during that pass are
    /// folded with intake waiting, just before the new projections are published. One runs at a
    /// time: a second call while one runs throws ``RebuildInProgress`` at once. While it runs the
    /// daemon holds a second copy of the projections, and the packed records scratch file grows
    /// by the archive's records (until the next start).
    public func rebuild(requestedBy peer: Peer? = nil) async throws -> RebuildReport {
        if let running = rebuilding { throw RebuildInProgress(running: running) }
        let started = ContinuousClock.now
        rebuilding = RebuildInProgress.Running(peer: peer, since: started)
        defer { rebuilding = nil }
        return try await journaled("rebuild of the projections", ifFailed: "the running projections stay",
                                   metadata: Self.peerMetadata(peer), since: started) {
            let log = self.log, spill = projectionSpill, probe = rebuildProbe
            let folded = await ReextractWork.run {
                Result { () throws -> (Projections, Int) in
                    var projections = Projections()
                    var read = 0
                    // twice: the second pass folds what intake appended during the first
                    for _ in 0..<2 {
                        try log.replay(from: projections.lastSequence + 1) { logged in
                            try projections.apply(logged, spill: spill)
                            read += 1
                        }
                    }
                    probe?()
                    return (projections, read)
                }
            }
            let (rebuilt, eventsFolded) = try folded.get()
            let (caughtUp, sequence) = try await adopt(rebuilt)
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let report = RebuildReport(
                eventsRead: eventsFolded + caughtUp, eventsCaughtUp: caughtUp, headSequence: sequence, seconds: seconds)
            return (report, ["events.read": "\(report.eventsRead)", "events.caught_up": "\(caughtUp)", "event.seq": "\(sequence)"])
        }
    }

    /// Calls `probe` on a rebuild's thread once it has folded the log, before it catches up.
    func setRebuildProbe(_ probe: (@Sendable () -> Void)?) {
        rebuildProbe = probe
    }

    /// What a rebuild asked for now would be refused with; nil when none runs.
    public var rebuildConflict: RebuildInProgress? {
        rebuilding.map { RebuildInProgress(running: $0) }
    }
}
