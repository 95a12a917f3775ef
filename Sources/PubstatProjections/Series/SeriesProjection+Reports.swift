import PubstatModel

extension SeriesProjection {
    /// `GET /v1/series`: the lines of `filter.indicator`, as known by the end of `filter.asOf`,
    /// with points within `from`…`to`; lines in jurisdiction order, points in time order.
    public func series(_ filter: SeriesFilter) -> SeriesReport {
        var byPoint: [PointKey: [Observation]] = [:]
        for observation in observations(by: filter.asOf, indicator: filter.indicator) {
            byPoint[observation.key, default: []].append(observation)
        }
        var lines: [LineKey: [SeriesPoint]] = [:]
        for key in byPoint.keys.sorted() {
            let point = PointAssembly.point(key, byPoint[key]!, history: filter.history)
            guard filter.history || point.current != nil else { continue }
            if filter.from != nil || filter.to != nil {
                guard let year = point.year, year >= filter.from ?? .min, year <= filter.to ?? .max else { continue }
            }
            lines[key.line, default: []].append(point)
        }
        let series = lines.keys.sorted().map { key in
            var line = SeriesLine(indicator: key.indicator, jurisdiction: key.jurisdiction, measure: key.measure, points: lines[key]!)
            line.sector = key.sector
            line.scope = key.scope
            line.priceBasis = key.priceBasis
            line.portal = key.portal
            return line
        }
        return SeriesReport(indicator: filter.indicator, asOf: filter.asOf, history: filter.history, series: series)
    }

    /// `GET /v1/indicators`: every indicator with a figure in effect, with counts, places and years.
    /// `catalogue` adds the indicators no bulletin gave yet, with zero counts.
    public func indicators(catalogue: [Indicator] = []) -> IndicatorsReport {
        var summaries: [Indicator: IndicatorSummary] = [:]
        var points: [Indicator: Set<PointKey>] = [:]
        var bulletinsOf: [Indicator: Set<BulletinID>] = [:]
        var places: [Indicator: Set<Jurisdiction>] = [:]
        for observation in observations(by: nil) where !observation.retracted {
            let indicator = observation.figure.indicator
            var summary = summaries[indicator] ?? IndicatorSummary(indicator: indicator)
            summary.figures += 1
            if let year = observation.key.period?.endYear ?? observation.figure.asOf?.year ?? observation.figure.captured?.year {
                summary.firstYear = min(summary.firstYear ?? year, year)
                summary.lastYear = max(summary.lastYear ?? year, year)
            }
            summaries[indicator] = summary
            points[indicator, default: []].insert(observation.key)
            bulletinsOf[indicator, default: []].insert(observation.bulletin.info.id)
            places[indicator, default: []].insert(observation.figure.jurisdiction)
        }
        for indicator in catalogue where summaries[indicator] == nil { summaries[indicator] = IndicatorSummary(indicator: indicator) }
        return IndicatorsReport(indicators: summaries.keys.sorted().map { indicator in
            var summary = summaries[indicator]!
            summary.points = points[indicator]?.count ?? 0
            summary.bulletins = bulletinsOf[indicator]?.count ?? 0
            summary.jurisdictions = (places[indicator] ?? []).sorted()
            return summary
        })
    }
}
