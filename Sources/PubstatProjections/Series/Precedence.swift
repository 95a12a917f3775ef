import PubstatModel

/// Which vintage of a point is current. In order, the first rule that tells two vintages apart wins:
///
/// 1. a corrected figure over every other (of two corrected ones, the later correction);
/// 2. a figure with a value over one that states only a change;
/// 3. the later publication (``Vintage/knownFrom``: publication date, else the publication
///    month's last day, else the ingestion date);
/// 4. for the same day, an actual figure over an estimate;
/// 5. the later ingestion (sequence of the bulletin's `bulletin.ingested`);
/// 6. the figure id, so the order never depends on the fold's memory.
enum Precedence {
    static func isBefore(_ a: Observation, _ b: Observation) -> Bool {
        switch (a.correction?.sequence, b.correction?.sequence) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if (a.figure.value == nil) != (b.figure.value == nil) { return a.figure.value != nil }
        if a.knownFrom != b.knownFrom { return a.knownFrom > b.knownFrom }
        if a.figure.kind != b.figure.kind, a.figure.kind == .actual || b.figure.kind == .actual { return a.figure.kind == .actual }
        if a.bulletin.ingestedSequence != b.bulletin.ingestedSequence { return a.bulletin.ingestedSequence > b.bulletin.ingestedSequence }
        return a.id < b.id
    }

    /// Whether two figures state different values (in the unit's base, so 1.2 trillion and 1,200 billion agree).
    static func differ(_ a: Figure, _ b: Figure) -> Bool {
        guard let x = a.baseValue, let y = b.baseValue else { return false }
        return abs(x - y) > 1e-9 * max(abs(x), abs(y))
    }
}
