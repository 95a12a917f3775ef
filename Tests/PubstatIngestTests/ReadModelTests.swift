import PubstatIngest
import PubstatModel
import PubstatProjections
import Testing

/// The read model's memory of recent events and its followers' signals.
struct ReadModelTests {
    static func logged(_ sequence: UInt64) -> LoggedEvent {
        LoggedEvent(sequence: sequence, timestampMicros: Int64(sequence), event: .bulletinRejected(BulletinRejected(
            id: BulletinID(hex: String(repeating: String(sequence % 10), count: 64))!, fileName: "f\(sequence)", byteCount: 0, code: .emptyFile, reason: "empty")))
    }

    /// Projections holding events 1 … `last`.
    static func view(through last: UInt64) throws -> ReadModelView {
        var projections = Projections()
        for sequence in 1...last { try projections.apply(logged(sequence)) }
        return ReadModelView(projections: projections)
    }

    @Test func recentEventsAreServedFromMemoryAndOlderOnesAreNot() throws {
        let model = ReadModel(ReadModelView(projections: Projections()))
        #expect(model.recentEvents(after: 0, limit: 10) == [])
        model.publish(try Self.view(through: 3), appended: (1...3).map(Self.logged))
        #expect(model.recentEvents(after: 1, limit: 10)?.map(\.sequence) == [2, 3])
        #expect(model.recentEvents(after: 0, limit: 2)?.map(\.sequence) == [1, 2])
        #expect(model.recentEvents(after: 3, limit: 10) == [])
        #expect(model.current().sequence == 3)
    }

    @Test func aPublicationWakesFollowersAndClosingEndsThem() async throws {
        let model = ReadModel(ReadModelView(projections: Projections()))
        let (_, signals) = model.follow()
        #expect(model.followerCount == 1)
        // Many publications before the follower looks are one pending signal: bounded, never blocking.
        model.publish(try Self.view(through: 1), appended: [Self.logged(1)])
        model.publish(try Self.view(through: 2), appended: [Self.logged(2)])
        model.closeFeeds()
        var wakeups = 0
        for await _ in signals { wakeups += 1 }
        #expect(wakeups == 1)
        #expect(model.followerCount == 0)
        #expect(model.isClosed)
    }
}
