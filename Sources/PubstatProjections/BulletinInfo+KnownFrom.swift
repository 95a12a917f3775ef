import PubstatModel

extension BulletinInfo {
    /// The day from which the bulletin counts as known (README, *Series, vintages and
    /// corrections*): its publication date; else the last day of its publication month (only
    /// the month is known: not claimed earlier); else `ingested`'s day (UTC), the first day
    /// pubstat could have known it.
    func knownFrom(ingested: Timestamp) -> CalendarDate {
        if let published { return published }
        if let month = publishedMonth {
            return CalendarDate(year: month.year, month: month.month, day: CalendarDate.daysIn(month: month.month, year: month.year))!
        }
        return ingested.date
    }
}
