import PubstatSystemd
import ServiceLifecycle

/// Tells systemd `STOPPING=1` as soon as a graceful shutdown (SIGTERM, SIGINT) begins.
/// Listed last in the service group, so it hears of the shutdown first.
struct StoppingNotifier: Service {
    let notifier: SystemdNotifier

    func run() async throws {
        try? await gracefulShutdown()
        try? notifier.stopping(status: "stopping: finishing the bulletin in progress")
    }
}
