import Testing
import PubstatModel

@Suite struct PeriodTests {
    @Test(arguments: ["2021", "2021-03", "2021-Q3", "2021-H1", "2021-9M", "2016/2020", "2021/2025-target", "2025-target", "2024-02-08/2024-02-14"])
    func roundTrips(text: String) throws {
        let period = try #require(Period(text))
        #expect(period.description == text)
    }

    @Test func rejectsNonsense() {
        #expect(Period("2021-Q5") == nil)
        #expect(Period("2021-13") == nil)
        #expect(Period("soon") == nil)
    }

    @Test func endMonthOfFirstNineMonths() throws {
        #expect(try #require(Period("2021-9M")).endMonth == 9)
        #expect(try #require(Period("2021-Q2")).endMonth == 6)
    }
}

@Suite struct CalendarDateTests {
    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        let start = CalendarDate(year: 2024, month: 2, day: 27)!
        #expect(start.adding(days: 0) == start)
        #expect(start.adding(days: 2).description == "2024-02-29")
        #expect(start.adding(days: 3).description == "2024-03-01")
        #expect(CalendarDate(year: 2024, month: 12, day: 31)!.adding(days: 1).description == "2025-01-01")
        #expect(CalendarDate(year: 2023, month: 2, day: 28)!.adding(days: 1).description == "2023-03-01")
        #expect(CalendarDate(year: 2024, month: 1, day: 1)!.adding(days: 366).description == "2025-01-01")
    }

    @Test func ordinalCountsLeapDays() throws {
        #expect(try #require(CalendarDate(year: 2021, month: 9, day: 10)).ordinal == 253)
        #expect(try #require(CalendarDate(year: 2020, month: 3, day: 1)).ordinal == 61)
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
    }
}

@Suite struct EventCodingTests {
    @Test func bulletinIngestedRoundTrips() throws {
        let id = try #require(BulletinID(hex: String(repeating: "ab", count: 32)))
        var figure = Figure(
            indicator: .budgetRevenueOnTerritory, value: 1208.8, unit: .billionVND,
            period: Period("2021-9M"), jurisdiction: Jurisdiction(.province, "Lai Châu"), quote: "thu ngân sách"
        )
        figure.pctOfPlan = [PlanComparison(pct: 82, authority: .central)]
        figure.asOf = CalendarDate(year: 2021, month: 9, day: 10)
        let event = Event.bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: id, fileName: "a.txt", byteCount: 10, published: nil,
                                   subject: Jurisdiction(.province, "Lai Châu"), title: nil, extractorVersion: "1"),
            figures: [figure]))
        let bytes = try EventCoding.encode(event)
        #expect(try EventCoding.decode(bytes) == event)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"pct_of_plan\""))
    }

    @Test func unknownTypeIsAnError() {
        #expect(throws: EventCoding.DecodeError.self) {
            try EventCoding.decode(Array(#"{"type":"x.y","v":9,"data":{}}"#.utf8))
        }
    }
}
