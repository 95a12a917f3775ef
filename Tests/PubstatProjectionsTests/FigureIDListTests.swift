import PubstatModel
@testable import PubstatProjections
import Testing

@Suite struct FigureIDListTests {
    /// Ids as `assign` makes them (repeated keys included) are kept as keys and read back exactly.
    @Test func assignedIDsRoundTripAsKeys() {
        let same = Fixture.budget(500, period: "2024-Q1")
        let figures = [same, Fixture.budget(600, period: "2024-Q2")] + Array(repeating: same, count: 11)
        let ids = FigureID.assign(bulletin: Fixture.id(7), figures: figures)
        #expect(ids.contains { $0.rawValue.hasSuffix("-12") })
        let list = FigureIDList(ids)
        #expect(list.isCompact)
        #expect(Array(list) == ids)
        #expect(list.map(\.rawValue) == ids.map(\.rawValue))
        #expect(list.firstIndex(of: ids[5]) == 5)
        #expect(FigureIDList(Array(ids.prefix(2))).isCompact)
    }

    /// Ids of any other form are kept as they are.
    @Test func otherIDsAreKeptAsTheyAre() {
        let assigned = FigureID.assign(bulletin: Fixture.id(7), figures: [Fixture.budget(500, period: "2024-Q1")])[0]
        for odd in ["x", "ABCDEF012345-0123456789abcdef", assigned.rawValue + "-02", assigned.rawValue + "-1",
                    assigned.rawValue + "-70000", String(assigned.rawValue.dropLast()) + "G"] {
            let ids = [assigned, FigureID(rawValue: odd)]
            let list = FigureIDList(ids)
            #expect(!list.isCompact, "\(odd)")
            #expect(Array(list) == ids)
        }
        let otherBulletin = FigureID.assign(bulletin: Fixture.id(8), figures: [Fixture.budget(500, period: "2024-Q1")])[0]
        #expect(!FigureIDList([assigned, otherBulletin]).isCompact)
        #expect(Array(FigureIDList([assigned, otherBulletin])) == [assigned, otherBulletin])
        #expect(FigureIDList([]).isEmpty)
    }
}
