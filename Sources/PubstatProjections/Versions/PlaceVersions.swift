import PubstatModel

/// For one family of answers (a year's budget, an indicator's series): the sequence of the last
/// event that changed what they read, overall and per jurisdiction.
///
/// Answers are cached by these versions (see ``AnswerInputs``): an answer about one place stays
/// valid while the events folded change other places. Jurisdictions are kept in the order first
/// seen and never removed (a place whose figures all went away keeps the version of that change),
/// so a ``PlaceSelection`` resolves them once and only looks at the ones added since.
///
/// Not part of the projections' value: two folds of the same log answer every query alike but
/// may differ here (a snapshot restates fewer events than the log holds), so `==` and `hash`
/// ignore it.
public struct PlaceVersions: Sendable, Codable, Hashable {
    /// The last change to any place.
    public private(set) var latest: UInt64 = 0
    /// Every place changed so far, in the order first seen.
    public private(set) var places: [Jurisdiction] = []
    /// The last change to ``places``, in the same order.
    private var versions: [UInt64] = []
    private var index: [Jurisdiction: Int] = [:]

    public init() {}

    /// Notes that what `place`'s answers read changed at `sequence`.
    mutating func mark(_ place: Jurisdiction, at sequence: UInt64) {
        latest = max(latest, sequence)
        if let at = index[place] {
            versions[at] = max(versions[at], sequence)
        } else {
            index[place] = places.count
            places.append(place)
            versions.append(sequence)
        }
    }

    /// The last change to any of the places at `indices` (positions in ``places``); 0 for none.
    public func latest(at indices: some Sequence<Int>) -> UInt64 {
        var out: UInt64 = 0
        for at in indices where at < versions.count { out = max(out, versions[at]) }
        return out
    }

    public static func == (_: PlaceVersions, _: PlaceVersions) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
