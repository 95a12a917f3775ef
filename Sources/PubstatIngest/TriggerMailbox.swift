import Synchronization

/// Where the watcher, the rescan ticker and the settle timer leave their triggers for the intake
/// loop: kept in arrival order, and taken all at once.
///
/// The loop takes every trigger that arrived while it was busy in one go, so the files they
/// name are read in full batches. Taken one at a time (as an `AsyncStream` of triggers hands
/// them out), a back-fill renamed in by a writer became hundreds of batches of a few files, each
/// paying a `syncfs`, an `fdatasync`, three folder fsyncs and a publication of the read model.
final class TriggerMailbox<Trigger: Sendable>: Sendable {
    private let waiting = Mutex<[Trigger]>([])
    private let wake: AsyncStream<Void>.Continuation
    /// Yields once whenever triggers arrived since the loop last looked (arrivals while it is
    /// busy are one signal).
    let wakeups: AsyncStream<Void>

    init() {
        (wakeups, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Leaves a trigger for the loop; never blocks.
    func post(_ trigger: Trigger) {
        waiting.withLock { $0.append(trigger) }
        wake.yield()
    }

    /// Every trigger posted since the last call, oldest first.
    func takeAll() -> [Trigger] {
        waiting.withLock { waiting in
            defer { waiting.removeAll(keepingCapacity: true) }
            return waiting
        }
    }

    /// True when no trigger waits.
    var isEmpty: Bool {
        waiting.withLock { $0.isEmpty }
    }

    /// Ends ``wakeups`` (the loop ends when it has seen the last one).
    func finish() {
        wake.finish()
    }
}
