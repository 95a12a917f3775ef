import PubstatModel

extension SeriesProjection {
    /// `logged` as the budget and visitor projections must fold it, after ``apply(_:)``: an
    /// extraction of a bulletin people acted on carries the corrected figures (none once
    /// retracted); a correction or retraction becomes a revision of its bulletin's figures; a
    /// confirmation changes no figure (nil).
    func effectiveEvent(for logged: LoggedEvent) -> LoggedEvent? {
        var out = logged
        switch logged.event {
        case .bulletinIngested(var e):
            guard hasActs(on: e.bulletin.id) else { return logged }
            e.figures = effectiveFigures(of: e.bulletin.id)
            out.event = .bulletinIngested(e)
        case .figuresRevised(var e):
            guard hasActs(on: e.id) else { return logged }
            e.figures = effectiveFigures(of: e.id)
            out.event = .figuresRevised(e)
        case .figureCorrected(let e):
            out.event = revision(of: e.bulletinID)
        case .bulletinRetracted(let e):
            out.event = revision(of: e.id)
        case .figureConfirmed:
            return nil
        case .bulletinRejected:
            return logged
        }
        return out
    }

    /// The ids of the figures of `logged` (an event ``effectiveEvent(for:)`` returned), in order;
    /// computed from the figures when the projection's own do not line up with them.
    func figureIDs(of logged: LoggedEvent) -> [FigureID] {
        let (bulletin, figures): (BulletinID, [Figure])
        switch logged.event {
        case .bulletinIngested(let e): (bulletin, figures) = (e.bulletin.id, e.figures)
        case .figuresRevised(let e): (bulletin, figures) = (e.id, e.figures)
        default: return []
        }
        let ids = effectiveFigureIDs(of: bulletin)
        return ids.count == figures.count ? ids : FigureID.assign(bulletin: bulletin, figures: figures)
    }

    /// The sequence of the correction in effect on each corrected figure of `bulletin` (empty
    /// once it is retracted: it has no figures then).
    func correctionSequences(of bulletin: BulletinID) -> [FigureID: UInt64] {
        guard !acts.corrections.isEmpty, acts.retraction(of: bulletin) == nil else { return [:] }
        var out: [FigureID: UInt64] = [:]
        for (id, corrections) in acts.corrections {
            if let last = corrections.last, last.event.bulletinID == bulletin { out[id] = last.sequence }
        }
        return out
    }

    private func revision(of bulletin: BulletinID) -> Event {
        let version = bulletins[bulletin]?.extraction.extractorVersion ?? ""
        return .figuresRevised(FiguresRevised(id: bulletin, extractorVersion: version, figures: effectiveFigures(of: bulletin)))
    }
}
