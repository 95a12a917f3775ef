import PubstatModel

/// Quarterly budget progress per jurisdiction and fiscal year.
///
/// Folds each bulletin's budget-revenue figures; a revision replaces that bulletin's
/// contribution. The report is assembled on demand from the contributions.
public struct BudgetProjection: Hashable, Sendable, Codable {
    /// The indicator this projection follows.
    public static let indicator = Indicator.budgetRevenueOnTerritory

    /// Each bulletin's budget entries; a bulletin without any has no key.
    private var contributions: [BulletinID: [BudgetEntry]] = [:]
    /// Each bulletin's known-from date and ingestion sequence, kept for revisions (which do not repeat them).
    private var infos: [BulletinID: BudgetEntry.Info] = [:]
    /// When each jurisdiction's years last changed (not part of the value: see ``PlaceVersions``).
    private var changes = BudgetVersions()

    public init() {}

    /// Room for `count` bulletins (a restore).
    mutating func reserveCapacity(_ count: Int) {
        infos.reserveCapacity(count)
    }

    /// Folds `logged`; `ids` are its figures' ids, in order (computed from the figures when not
    /// given), and `corrections` the sequence of the correction in effect on each corrected one.
    public mutating func apply(_ logged: LoggedEvent, ids: [FigureID]? = nil, corrections: [FigureID: UInt64] = [:]) {
        switch logged.event {
        case .bulletinIngested(let e):
            let info = BudgetEntry.Info(
                bulletin: e.bulletin.id, knownFrom: e.bulletin.knownFrom(ingested: Timestamp(micros: logged.timestampMicros)),
                ingestedSequence: logged.sequence
            )
            infos[e.bulletin.id] = info
            let ids = ids ?? FigureID.assign(bulletin: e.bulletin.id, figures: e.figures)
            let entries = BudgetEntry.entries(from: e.figures, ids: ids, info: info, sequence: logged.sequence, corrections: corrections)
            replace(e.bulletin.id, with: entries, at: logged.sequence)
        case .figuresRevised(let e):
            guard let info = infos[e.id] else { return }
            let ids = ids ?? FigureID.assign(bulletin: e.id, figures: e.figures)
            let entries = BudgetEntry.entries(from: e.figures, ids: ids, info: info, sequence: logged.sequence, corrections: corrections)
            replace(e.id, with: entries, at: logged.sequence)
        case .bulletinRejected, .figureCorrected, .figureConfirmed, .bulletinRetracted:
            break
        }
    }

    /// Sets `bulletin`'s entries, and notes the years they leave and enter as changed.
    private mutating func replace(_ bulletin: BulletinID, with entries: [BudgetEntry], at sequence: UInt64) {
        for entry in (contributions[bulletin] ?? []) + entries {
            changes.mark(entry.jurisdiction, year: entry.year, at: sequence)
        }
        contributions[bulletin] = entries.isEmpty ? nil : entries.withoutSlack()
    }

    /// When the budget years of `year` (nil: of any year) last changed, per jurisdiction; nil
    /// while none has a figure.
    public func versions(year: Int?) -> PlaceVersions? {
        guard let year else { return changes.anyYear.places.isEmpty ? nil : changes.anyYear }
        return changes.byYear[year]
    }

    /// The report, filtered by jurisdiction and year.
    public func report(_ filter: BudgetFilter = BudgetFilter()) -> BudgetReport {
        var entries: [YearKey: [BudgetEntry]] = [:]
        for entry in contributions.values.joined() {
            if let wanted = filter.jurisdiction, wanted != entry.jurisdiction { continue }
            if let wanted = filter.year, wanted != entry.year { continue }
            entries[YearKey(jurisdiction: entry.jurisdiction, year: entry.year), default: []].append(entry)
        }
        let years = entries.map { key, entries in BudgetYear(jurisdiction: key.jurisdiction, year: key.year, assembling: entries) }
        let finished = years.map { $0.withChecks().withComputedPlanShares() }
        return BudgetReport(years: finished.sorted { ($0.jurisdiction, $0.year) < ($1.jurisdiction, $1.year) })
    }

    private struct YearKey: Hashable {
        var jurisdiction: Jurisdiction
        var year: Int
    }
}
