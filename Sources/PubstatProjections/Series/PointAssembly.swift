import PubstatModel

/// Builds the API's points and vintages from observations.
enum PointAssembly {
    /// The point of `observations` (all of one key): current value by ``Precedence``, flags, and
    /// with `history` every vintage (retracted ones last).
    static func point(_ key: PointKey, _ observations: [Observation], history: Bool) -> SeriesPoint {
        let ranked = observations.filter { !$0.retracted }.sorted(by: Precedence.isBefore)
        let retracted = observations.filter(\.retracted).sorted(by: Precedence.isBefore)
        var point = SeriesPoint(period: key.period, cutoff: key.cutoff, captured: key.captured,
                                current: ranked.first.map { vintage($0, .current) }, vintageCount: ranked.count)
        if let first = ranked.first {
            point.revised = ranked.contains { $0.knownFrom < first.knownFrom && Precedence.differ($0.figure, first.figure) }
            point.disagreementReason = first.contested ?? sameDayDisagreement(first, ranked)
            point.disagreement = point.disagreementReason != nil
        }
        if history {
            point.vintages = ranked.enumerated().map { vintage($1, $0 == 0 ? .current : .superseded) }
                + retracted.map { vintage($0, .retracted) }
        }
        return point
    }

    /// Another bulletin known from the same day as the current vintage that states another value.
    /// A corrected current value settles such a disagreement.
    static func sameDayDisagreement(_ first: Observation, _ ranked: [Observation]) -> String? {
        guard first.correction == nil else { return nil }
        guard let other = ranked.dropFirst().first(where: {
            $0.knownFrom == first.knownFrom && $0.bulletin.info.id != first.bulletin.info.id && Precedence.differ($0.figure, first.figure)
        }) else { return nil }
        let a = first.figure.value.map(NumberFormat.plain) ?? "-", b = other.figure.value.map(NumberFormat.plain) ?? "-"
        return "bulletins known from \(first.knownFrom) disagree: \(first.bulletin.info.fileName) says \(a), "
            + "\(other.bulletin.info.fileName) says \(b)"
    }

    static func vintage(_ observation: Observation, _ status: Vintage.Status) -> Vintage {
        let record = observation.bulletin
        var vintage = Vintage(
            figureID: observation.id, bulletin: record.info.id, fileName: record.info.fileName, knownFrom: record.knownFrom,
            ingestedSequence: record.ingestedSequence, ingestedAt: record.ingestedAt, figure: observation.figure
        )
        vintage.published = record.info.published
        vintage.publishedMonth = record.info.publishedMonth
        vintage.correction = observation.correction.map(CorrectionRecord.init)
        vintage.confirmations = observation.confirmations
        vintage.status = status
        return vintage
    }
}
