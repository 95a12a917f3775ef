/// Which of intake's two lines a batch is taken in (``IntakeSchedule``).
public enum IntakeLane: Sendable, Equatable {
    /// Files found while intake had nothing to do, and the files queued behind them: a
    /// back-fill. Its batches are as large as allowed, and their publications are paced
    /// (``PublicationPacer``).
    case backlog
    /// Files that became ready while intake was working on earlier ones, such as a bulletin
    /// dropped during a back-fill: a small batch prepared at once, committed ahead of the
    /// backlog's batches, and published at once.
    case fresh
}
