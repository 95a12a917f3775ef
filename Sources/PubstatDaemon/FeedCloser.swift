import PubstatIngest
import ServiceLifecycle

/// Ends every `GET /v1/events?follow=true` stream as soon as a graceful shutdown begins, so the
/// server, which lets open requests finish, can stop. Listed after the server in the service
/// group, so it hears of the shutdown before the server does.
struct FeedCloser: Service {
    let readModel: ReadModel

    func run() async throws {
        try? await gracefulShutdown()
        readModel.closeFeeds()
    }
}
