import PubstatModel

/// What people did: corrections and confirmations per figure, retractions per bulletin, each
/// with its sequence and time, oldest first.
struct HumanActs: Hashable, Sendable, Codable {
    var corrections: [FigureID: [Stamped<FigureCorrected>]] = [:]
    var confirmations: [FigureID: [Stamped<FigureConfirmed>]] = [:]
    var retractions: [BulletinID: Stamped<BulletinRetracted>] = [:]

    /// The latest correction of `id` made by the end of `asOf`.
    func correction(of id: FigureID, by asOf: CalendarDate? = nil) -> Stamped<FigureCorrected>? {
        corrections[id]?.last { $0.happened(by: asOf) }
    }

    func confirmationCount(of id: FigureID, by asOf: CalendarDate? = nil) -> Int {
        confirmations[id]?.count { $0.happened(by: asOf) } ?? 0
    }

    /// The retraction of `bulletin`, if made by the end of `asOf`.
    func retraction(of bulletin: BulletinID, by asOf: CalendarDate? = nil) -> Stamped<BulletinRetracted>? {
        retractions[bulletin].flatMap { $0.happened(by: asOf) ? $0 : nil }
    }

    /// Corrected figures of `bulletin` whose ids are not among `present`: the extractor no
    /// longer finds them, so the correction's own copy of the figure stands.
    func heldFigures(of bulletin: BulletinID, besides present: Set<FigureID>, by asOf: CalendarDate? = nil) -> [Stamped<FigureCorrected>] {
        corrections.keys.sorted().compactMap { id in
            guard !present.contains(id), let last = correction(of: id, by: asOf), last.event.bulletinID == bulletin else { return nil }
            return last
        }
    }
}

extension CorrectionRecord {
    init(_ stamped: Stamped<FigureCorrected>) {
        let e = stamped.event
        self.init(sequence: stamped.sequence, at: stamped.at, value: e.value, fields: e.fields, reason: e.reason, peer: e.peer)
    }
}

extension ConfirmationRecord {
    init(_ stamped: Stamped<FigureConfirmed>) {
        self.init(sequence: stamped.sequence, at: stamped.at, note: stamped.event.note, peer: stamped.event.peer)
    }
}

extension RetractionRecord {
    init(_ stamped: Stamped<BulletinRetracted>) {
        self.init(sequence: stamped.sequence, at: stamped.at, reason: stamped.event.reason, peer: stamped.event.peer)
    }
}
