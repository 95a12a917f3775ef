import PubstatModel
import PubstatProjections
import Testing
@testable import PubstatIngest

/// The pipeline's two copies of the projections: the one folded into is always every event
/// folded, whatever was published in between, and a published copy never changes.
@Suite struct ProjectionPairTests {
    static func logged(_ sequence: UInt64) -> LoggedEvent {
        let hex = String(repeating: String(sequence % 16, radix: 16), count: 48) + String(format16(sequence))
        return LoggedEvent(sequence: sequence, timestampMicros: Int64(sequence), event: .bulletinRejected(BulletinRejected(
            id: BulletinID(hex: hex)!, fileName: "f\(sequence)", byteCount: Int(sequence), code: .emptyFile, reason: "empty")))
    }

    static func format16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func folded(through last: UInt64) throws -> Projections {
        var projections = Projections()
        if last > 0 { for sequence in 1...last { try projections.apply(logged(sequence)) } }
        return projections
    }

    @Test func publicationsInBetweenNeverLoseOrChangeAFold() throws {
        var pair = ProjectionPair(Projections())
        var published: [(UInt64, Projections)] = []
        var sequence: UInt64 = 0
        // Batches of 1 to 4 events, published after each batch, and twice in a row once.
        for batch in [3, 1, 4, 2, 2, 1, 3] {
            for _ in 0..<batch {
                sequence += 1
                try pair.apply(Self.logged(sequence))
            }
            #expect(pair.current == (try Self.folded(through: sequence)))
            published.append((sequence, pair.current))
            pair.published()
            if batch == 4 { pair.published() }
        }
        for (last, view) in published {
            #expect(view == (try Self.folded(through: last)))
            #expect(view.catalog.rejections.count == Int(last))
        }
    }

    @Test func aGapIsStillRefused() throws {
        var pair = ProjectionPair(Projections())
        try pair.apply(Self.logged(1))
        pair.published()
        #expect(throws: ProjectionError.self) { try pair.apply(Self.logged(3)) }
    }
}
