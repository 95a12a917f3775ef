import PubstatModel

/// Portal visitor counters per site and capture month (with their consistency flags), tourist
/// arrivals and tourism revenue.
///
/// Like the budget projection, it keeps each bulletin's contribution so that a revision
/// replaces it, and assembles the report on demand.
public struct VisitorProjection: Hashable, Sendable, Codable {
    /// Each bulletin's entries of each kind; a bulletin without any has no key (most have none
    /// of most kinds, and an empty array per bulletin and kind grew memory with the archive).
    private var counters: [BulletinID: [CounterReading]] = [:]
    private var tourism: [BulletinID: [TouristArrivalsEntry]] = [:]
    private var tourismRevenue: [BulletinID: [TourismRevenueEntry]] = [:]
    /// The bulletins ingested: a revision of any other is ignored.
    private var known: Set<BulletinID> = []

    public init() {}

    /// Room for `count` bulletins (a restore).
    mutating func reserveCapacity(_ count: Int) {
        known.reserveCapacity(count)
    }

    /// Folds `logged`; `ids` are its figures' ids, in order (computed from the figures when not given).
    public mutating func apply(_ logged: LoggedEvent, ids: [FigureID]? = nil) {
        switch logged.event {
        case .bulletinIngested(let e):
            known.insert(e.bulletin.id)
            record(e.figures, ids: ids ?? FigureID.assign(bulletin: e.bulletin.id, figures: e.figures), of: e.bulletin.id, sequence: logged.sequence)
        case .figuresRevised(let e):
            guard known.contains(e.id) else { return }
            record(e.figures, ids: ids ?? FigureID.assign(bulletin: e.id, figures: e.figures), of: e.id, sequence: logged.sequence)
        case .bulletinRejected, .figureCorrected, .figureConfirmed, .bulletinRetracted:
            break
        }
    }

    private mutating func record(_ figures: [Figure], ids: [FigureID], of id: BulletinID, sequence: UInt64) {
        counters[id] = Self.nonEmpty(figures.compactMap { CounterReading(figure: $0, bulletin: id, sequence: sequence) })
        tourism[id] = Self.nonEmpty(zip(figures, ids).compactMap { figure, figureID in
            guard figure.indicator.rawValue.hasPrefix("tourist_arrivals") else { return nil }
            return TouristArrivalsEntry(
                indicator: figure.indicator, jurisdiction: figure.jurisdiction, period: figure.period,
                arrivals: figure.baseValue, approximate: figure.qualifier == .approx, kind: figure.kind,
                yoyPct: figure.yoyPct, source: FigureSource(bulletin: id, sequence: sequence, quote: figure.quote, figureID: figureID)
            )
        })
        tourismRevenue[id] = Self.nonEmpty(zip(figures, ids).compactMap { figure, figureID in
            guard figure.indicator == .tourismRevenue, figure.unit?.baseName == "vnd", let base = figure.baseValue else { return nil }
            return TourismRevenueEntry(
                jurisdiction: figure.jurisdiction, period: figure.period, revenueBillionVND: base / 1e9,
                approximate: figure.qualifier == .approx, kind: figure.kind, yoyPct: figure.yoyPct,
                source: FigureSource(bulletin: id, sequence: sequence, quote: figure.quote, figureID: figureID)
            )
        })
    }

    /// Nil for no entries, so that the bulletin's key is removed; else without growth slack.
    private static func nonEmpty<T>(_ entries: [T]) -> [T]? { entries.isEmpty ? nil : entries.withoutSlack() }

    /// Every portal's captures and intervals, then tourist arrivals and tourism revenue by jurisdiction and period.
    public func report() -> VisitorReport {
        VisitorReport(
            portals: portalSeries(),
            tourism: tourism.values.joined().sorted {
                ($0.jurisdiction, $0.period?.description ?? "", $0.source.sequence) < ($1.jurisdiction, $1.period?.description ?? "", $1.source.sequence)
            },
            tourismRevenue: tourismRevenue.values.joined().sorted {
                ($0.jurisdiction, $0.period?.description ?? "", $0.source.sequence) < ($1.jurisdiction, $1.period?.description ?? "", $1.source.sequence)
            }
        )
    }

    private func portalSeries() -> [PortalSeries] {
        var byPortal: [String: [YearMonth: PortalCapture]] = [:]
        var sequenceOf: [String: [YearMonth: UInt64]] = [:]
        for reading in counters.values.joined().sorted(by: { $0.sequence < $1.sequence }) {
            var capture = byPortal[reading.portal]?[reading.captured]
            if let seen = sequenceOf[reading.portal]?[reading.captured], seen != reading.sequence {
                capture = nil  // a later page capture of the same month replaces the earlier one
            }
            var updated = capture ?? PortalCapture(
                captured: reading.captured, today: nil, yesterday: nil, month: nil, year: nil, total: nil,
                bulletin: reading.bulletin
            )
            reading.write(into: &updated)
            byPortal[reading.portal, default: [:]][reading.captured] = updated
            sequenceOf[reading.portal, default: [:]][reading.captured] = reading.sequence
        }
        return byPortal.keys.sorted().map { portal in
            let captures = byPortal[portal, default: [:]].values.sorted { $0.captured < $1.captured }.map { capture in
                var flagged = capture
                flagged.flags = CounterOrderCheck.flags(capture)
                return flagged
            }
            return PortalSeries(portal: portal, captures: captures, intervals: PortalInterval.between(captures))
        }
    }
}

/// One footer counter ("Hôm nay", "Tháng 03", "Tổng số", …) read from a captured page.
struct CounterReading: Hashable, Sendable, Codable {
    var portal: String
    var captured: YearMonth
    var indicator: Indicator
    var value: Double
    var bulletin: BulletinID
    var sequence: UInt64

    init?(figure: Figure, bulletin: BulletinID, sequence: UInt64) {
        guard figure.indicator.rawValue.hasPrefix("portal_visits_"), let captured = figure.captured,
              let value = figure.value else { return nil }
        self.portal = figure.portal ?? "unknown"
        self.captured = captured
        self.indicator = figure.indicator
        self.value = value
        self.bulletin = bulletin
        self.sequence = sequence
    }

    func write(into capture: inout PortalCapture) {
        switch indicator {
        case .portalVisitsToday: capture.today = value
        case .portalVisitsYesterday: capture.yesterday = value
        case .portalVisitsMonth: capture.month = value
        case .portalVisitsYear: capture.year = value
        case .portalVisitsTotal: capture.total = value
        default: break
        }
    }
}
