import PubstatModel

/// One budget-revenue figure placed in a fiscal year: a quarter's cumulative revenue, a
/// full-year outcome, a plan or a target.
struct BudgetEntry: Hashable, Sendable, Codable {
    /// What ranks a bulletin's figures against other bulletins' (``BudgetRowPrecedence``).
    struct Info: Hashable, Sendable, Codable {
        var bulletin: BulletinID
        /// The day the bulletin counts as known from (``BulletinInfo/knownFrom(ingested:)``).
        var knownFrom: CalendarDate
        /// The sequence of the bulletin's `bulletin.ingested` (a revision keeps it).
        var ingestedSequence: UInt64
    }

    enum Slot: Hashable, Sendable, Codable {
        case quarter(Int), fullYear, plan, target
    }

    var info: Info
    var jurisdiction: Jurisdiction
    var year: Int
    var slot: Slot
    var observation: BudgetObservation
    /// The sequence of the correction in effect on the figure; nil when nobody corrected it.
    var correction: UInt64?

    /// The budget entries among `figures`, whose ids are `ids` (in the same order); `corrections`
    /// holds the sequence of the correction in effect on each corrected figure.
    static func entries(
        from figures: [Figure], ids: [FigureID], info: Info, sequence: UInt64, corrections: [FigureID: UInt64] = [:]
    ) -> [BudgetEntry] {
        zip(figures, ids).compactMap { BudgetEntry(figure: $0, id: $1, info: info, sequence: sequence, correction: corrections[$1]) }
    }

    /// Places a figure, or returns nil when it is not budget revenue in money with a known year.
    init?(figure: Figure, id: FigureID? = nil, info: Info, sequence: UInt64, correction: UInt64? = nil) {
        guard figure.indicator == BudgetProjection.indicator, let unit = figure.unit, unit.baseName == "vnd",
              let base = figure.baseValue else { return nil }
        guard let year = figure.asOf?.year ?? figure.period?.endYear else { return nil }
        let revenue = base / 1e9
        let slot: Slot
        let elapsed: Double?
        switch figure.kind {
        case .target:
            slot = .target
            elapsed = nil
        case .plan:
            slot = .plan
            elapsed = nil
        case .actual, .estimate:
            if let cutoff = figure.asOf ?? figure.period.flatMap(BudgetEntry.cutoff(of:)), cutoff.month < 12 || cutoff.day < 31 {
                slot = .quarter((cutoff.month - 1) / 3 + 1)
                elapsed = Double(cutoff.ordinal) / Double(cutoff.daysInYear) * 100
            } else {
                slot = .fullYear
                elapsed = 100
            }
        }
        let estimates = figure.pctOfPlan.map { comparison in
            EstimateProgress(
                authority: comparison.authority, pct: comparison.pct,
                impliedEstimateBillionVND: comparison.pct > 0 ? revenue / comparison.pct * 100 : 0,
                pace: elapsed.map { EstimateProgress.pace(pct: comparison.pct, elapsed: $0) },
                paceGapPct: elapsed.map { EstimateProgress.gap(pct: comparison.pct, elapsed: $0) }
            )
        }
        var quarter: Int? = nil
        if case .quarter(let q) = slot { quarter = q }
        self.info = info
        self.jurisdiction = figure.jurisdiction
        self.year = year
        self.slot = slot
        self.observation = BudgetObservation(
            quarter: quarter, period: figure.period, revenueBillionVND: revenue, kind: figure.kind,
            approximate: figure.qualifier == .approx, asOf: figure.asOf, yearElapsedPct: elapsed,
            estimates: estimates, yoyPct: figure.yoyPct,
            source: FigureSource(bulletin: info.bulletin, sequence: sequence, quote: figure.quote, figureID: id)
        )
        self.correction = correction
    }

    /// How far the figure reaches into its year: its cut-off date, else its period's last day.
    var reach: CalendarDate? { observation.asOf ?? observation.period.flatMap(BudgetEntry.cutoff(of:)) }

    /// The last day a cumulative period covers (`2021-9M` → 2021-09-30); nil for spans of years.
    static func cutoff(of period: Period) -> CalendarDate? {
        guard let month = period.endMonth else { return nil }
        if case .years = period.span { return nil }
        let year = period.endYear
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }
}

extension EstimateProgress {
    /// Ahead when the share of the estimate collected exceeds the share of the year elapsed.
    static func pace(pct: Double, elapsed: Double) -> Pace {
        if abs(pct - elapsed) < 0.05 { return .onPace }
        return pct > elapsed ? .ahead : .behind
    }

    /// `pct − elapsed` in percentage points, to two decimals: positive ahead of the linear pace.
    static func gap(pct: Double, elapsed: Double) -> Double {
        ((pct - elapsed) * 100).rounded() / 100
    }
}
