import PubstatModel

/// Every indicator as series of vintages: per bulletin its current figures (with stable ids),
/// and what people did to them (corrections, confirmations, retractions).
///
/// A pure fold, like the other projections; the reports (``series(_:)``, ``indicators()``,
/// ``explain(_:)``) are assembled on demand, for any as-of date.
public struct SeriesProjection: Hashable, Sendable, Codable {
    var bulletins: [BulletinID: SeriesBulletin] = [:]
    var acts = HumanActs()
    /// When each indicator's lines last changed, per place (not part of the value: see ``PlaceVersions``).
    public private(set) var versions = SeriesVersions()

    public init() {}

    /// Room for `count` bulletins (a restore).
    mutating func reserveCapacity(_ count: Int) {
        bulletins.reserveCapacity(count)
    }

    public mutating func apply(_ logged: LoggedEvent) {
        apply(PreparedEvent(logged))
    }

    mutating func apply(_ prepared: PreparedEvent) {
        let logged = prepared.logged
        let bulletin = logged.event.bulletinID
        // The lines of the bulletin's figures before and after the event change (its own
        // figures, people's acts on them, or both).
        var touched = bulletins[bulletin] == nil ? [] : figures(of: bulletin) + correctedFigures(of: bulletin)
        fold(prepared)
        if case .bulletinIngested(let e) = logged.event {
            touched += e.figures  // the figures just packed, without unpacking them again
        } else {
            touched += figures(of: bulletin)
        }
        versions.mark(touched + correctedFigures(of: bulletin), at: logged.sequence)
    }

    /// The current extraction's figures of `bulletin`.
    private func figures(of bulletin: BulletinID) -> [Figure] {
        bulletins[bulletin]?.figures.figures ?? []
    }

    /// Every correction's copy of a figure of `bulletin`.
    private func correctedFigures(of bulletin: BulletinID) -> [Figure] {
        guard !acts.corrections.isEmpty else { return [] }
        return acts.corrections.values.joined().filter { $0.event.bulletinID == bulletin }.map(\.event.figure)
    }

    private mutating func fold(_ prepared: PreparedEvent) {
        let logged = prepared.logged
        let at = Timestamp(micros: logged.timestampMicros)
        let sequence = logged.sequence
        switch logged.event {
        case .bulletinIngested(let e):
            bulletins[e.bulletin.id] = SeriesBulletin(e, figures: prepared.figures, ids: prepared.figureIDs, sequence: sequence, at: at)
        case .figuresRevised(let e):
            bulletins[e.id]?.revise(e, figures: prepared.figures, ids: prepared.figureIDs, sequence: sequence, at: at)
        case .figureCorrected(let e):
            acts.corrections[e.figureID, default: []].append(Stamped(sequence: sequence, at: at, event: e))
        case .figureConfirmed(let e):
            acts.confirmations[e.figureID, default: []].append(Stamped(sequence: sequence, at: at, event: e))
        case .bulletinRetracted(let e):
            if acts.retractions[e.id] == nil { acts.retractions[e.id] = Stamped(sequence: sequence, at: at, event: e) }
        case .bulletinRejected:
            break
        }
    }

    /// The figures of `bulletin` as the other projections must fold them: the current
    /// extraction with every correction applied, corrected figures the extractor no longer finds
    /// kept, and none at all once the bulletin is retracted.
    public func effectiveFigures(of bulletin: BulletinID) -> [Figure] {
        guard let record = bulletins[bulletin], acts.retraction(of: bulletin) == nil else { return [] }
        let extracted = record.identified.map { id, figure in
            acts.correction(of: id).map { $0.event.applied(to: figure) } ?? figure
        }
        let held = acts.heldFigures(of: bulletin, besides: Set(record.figureIDs)).map(\.event.figure)
        return extracted + held
    }

    /// The ids of ``effectiveFigures(of:)``, in the same order.
    func effectiveFigureIDs(of bulletin: BulletinID) -> [FigureID] {
        guard let record = bulletins[bulletin], acts.retraction(of: bulletin) == nil else { return [] }
        guard !acts.corrections.isEmpty else { return Array(record.figureIDs) }
        let present = Set(record.figureIDs)
        return Array(record.figureIDs) + acts.heldFigures(of: bulletin, besides: present).map(\.event.figureID)
    }

    /// True when people acted on `bulletin` (its figures differ from the extractor's).
    func hasActs(on bulletin: BulletinID) -> Bool {
        if acts.retractions[bulletin] != nil { return true }
        let prefix = bulletin.short
        return acts.corrections.keys.contains { $0.bulletinPrefix == prefix }
    }

    /// Whether `id` names a current figure, and of which bulletin.
    public func bulletin(of id: FigureID) -> BulletinID? {
        candidates(for: id).first { $0.figure(id) != nil || acts.corrections[id] != nil }?.info.id
    }

    /// The bulletins whose id starts with the figure id's prefix.
    func candidates(for id: FigureID) -> [SeriesBulletin] {
        bulletins.values.filter { $0.info.id.short == id.bulletinPrefix }
    }
}
