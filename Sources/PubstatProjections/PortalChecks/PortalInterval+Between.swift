import PubstatModel

extension PortalInterval {
    /// Visits between each pair of consecutive captures that both show the all-time total, with
    /// the daily averages the capture months allow and the flags of ``flags(earlier:later:)``.
    static func between(_ captures: [PortalCapture]) -> [PortalInterval] {
        let withTotal = captures.filter { $0.total != nil }
        return zip(withTotal, withTotal.dropFirst()).map { interval(earlier: $0, later: $1) }
    }

    /// The interval from `earlier` to `later` (both with a total).
    static func interval(earlier: PortalCapture, later: PortalCapture) -> PortalInterval {
        let growth = (later.total ?? 0) - (earlier.total ?? 0)
        let visits = growth < 0 ? nil : growth
        var yearGrowth: Double? = nil
        if earlier.captured.year == later.captured.year, let a = earlier.year, let b = later.year, b >= a {
            yearGrowth = b - a
        }
        var interval = PortalInterval(
            from: earlier.captured, to: later.captured, visits: visits, yearCounterGrowth: yearGrowth,
            consistent: visits.flatMap { visits in yearGrowth.map { $0 == visits } }
        )
        if let span = CaptureSpan(from: earlier.captured, to: later.captured) {
            interval.daysMin = span.daysMin
            interval.daysMax = span.daysMax
            if let visits {
                let averages = span.dailyAverages(of: visits)
                interval.dailyAverageLow = averages.low
                interval.dailyAverageHigh = averages.high
                interval.dailyAverage = averages.middle
            }
        }
        interval.flags = flags(earlier: earlier, later: later)
        return interval
    }

    /// Counter resets (the total, or the year counter within a year, fell) and a year counter
    /// that grew by another amount than the total.
    static func flags(earlier: PortalCapture, later: PortalCapture) -> [PortalFlag] {
        var flags: [PortalFlag] = []
        let span = "\(earlier.captured) to \(later.captured)"
        if let a = earlier.total, let b = later.total, b < a {
            flags.append(PortalFlag(.totalReset, """
                the total fell from \(FlagNumber.text(a)) to \(FlagNumber.text(b)) (\(span)): the counter was reset or \
                replaced, so the visits between these captures are unknown
                """))
        }
        guard earlier.captured.year == later.captured.year, let a = earlier.year, let b = later.year else { return flags }
        if b < a {
            flags.append(PortalFlag(.yearCounterReset, """
                the year counter fell from \(FlagNumber.text(a)) to \(FlagNumber.text(b)) within \(later.captured.year) (\(span)): \
                it was reset
                """))
        } else if let total = earlier.total, let laterTotal = later.total, laterTotal >= total, laterTotal - total != b - a {
            flags.append(PortalFlag(.yearCounterMismatch, """
                the total grew by \(FlagNumber.text(laterTotal - total)) but the year counter by \(FlagNumber.text(b - a)) (\(span))
                """))
        }
        return flags
    }
}
