/// Waits for every part of the daemon to be ready before telling systemd so.
///
/// READY=1 must mean: the log is replayed, the inbox watch is established and the socket is
/// listening. Each part calls ``mark(_:)``; the action runs once, when the last part is in.
actor ReadinessGate {
    enum Part: Hashable, Sendable {
        case watcher, listener
    }

    private var waiting: Set<Part>
    private let action: @Sendable () async -> Void

    init(waitingFor parts: Set<Part>, action: @escaping @Sendable () async -> Void) {
        self.waiting = parts
        self.action = action
    }

    func mark(_ part: Part) async {
        guard waiting.remove(part) != nil, waiting.isEmpty else { return }
        await action()
    }
}
