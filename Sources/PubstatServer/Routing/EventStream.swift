import Foundation
import Hummingbird
import PubstatProjections

/// Answers `GET /v1/events`: a page of the backlog, or, with `follow=true`, the backlog and
/// then every event as it is published, with a heartbeat line when nothing happened for
/// ``heartbeatInterval``.
///
/// A follower reads from the feed on its own task and waits on a signal that holds at most one
/// pending wake-up, so the writer never waits for it and its memory stays bounded; a follower
/// that cannot keep up only falls behind (to the log on disk), and one whose client is gone
/// ends at its next write.
enum EventStream {
    /// Seconds between heartbeat lines of an idle follower.
    static let heartbeatInterval: Duration = .seconds(5)

    static func response(_ query: EventsQuery, feed: any EventFeed) async throws -> Response {
        let headers: HTTPFields = [.contentType: EventLines.contentType]
        guard query.follow else {
            let page = try await readPage(feed, after: query.after, limit: query.limit)
            var buffer = ByteBuffer()
            for entry in page { EventLines.append(entry, to: &buffer) }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: buffer))
        }
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // Subscribed before the backlog is read, so nothing appended meanwhile is missed;
            // here rather than before the response, so a body never written holds no follower.
            let subscription = feed.follow()
            defer { subscription.cancel() }
            try await follow(query, feed: feed, signals: subscription.signals, writer: &writer)
            try await writer.finish(nil)
        })
    }

    private static func readPage(_ feed: any EventFeed, after: UInt64, limit: Int) async throws -> [FeedEntry] {
        do {
            return try await feed.events(after: after, limit: limit)
        } catch {
            throw APIError(.internalServerError, "cannot read the event log: \(error)")
        }
    }

    /// Writes the backlog, then wakes on every publication (and every heartbeat interval) until
    /// the feed closes (shutdown) or the client goes away (a write throws).
    private static func follow(
        _ query: EventsQuery, feed: any EventFeed, signals: AsyncStream<Void>, writer: inout any ResponseBodyWriter
    ) async throws {
        let (wakeups, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let forward = Task {
            for await _ in signals { wake.yield() }
            wake.finish()
        }
        let tick = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: heartbeatInterval / 2)
                wake.yield()
            }
        }
        defer {
            forward.cancel()
            tick.cancel()
        }
        var last = query.after
        var lastWrite = ContinuousClock.now
        func drain(_ writer: inout any ResponseBodyWriter) async throws {
            while true {
                let page = try await readPage(feed, after: last, limit: query.limit)
                guard let end = page.last else { return }
                var buffer = ByteBuffer()
                for entry in page { EventLines.append(entry, to: &buffer) }
                try await writer.write(buffer)
                last = end.sequence
                lastWrite = .now
            }
        }
        try await drain(&writer)
        for await _ in wakeups {
            try await drain(&writer)
            if ContinuousClock.now - lastWrite >= heartbeatInterval {
                try await writer.write(EventLines.heartbeat(sequence: feed.headSequence()))
                lastWrite = .now
            }
        }
    }
}
