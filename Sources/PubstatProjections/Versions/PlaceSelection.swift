import PubstatModel
import Synchronization

/// The places one query asks for (`jurisdiction=Lai Chau`), resolved against a ``PlaceVersions``'
/// places once and then only for the places added since: asking an answer's version costs a
/// look at the few places that match, not a name comparison per place on every request.
public final class PlaceSelection: Sendable {
    private let matches: @Sendable (Jurisdiction) -> Bool
    /// How many places were looked at, and the positions of those that match.
    private let resolved = Mutex<(count: Int, matched: [Int])>((0, []))

    /// `matches` says whether a jurisdiction is one asked for (the same test the answer filters by).
    public init(matching matches: @escaping @Sendable (Jurisdiction) -> Bool) {
        self.matches = matches
    }

    /// The last change to the selected places among `versions` (0 when none was seen yet).
    public func latest(in versions: PlaceVersions) -> UInt64 {
        let places = versions.places
        let matched: [Int] = resolved.withLock { resolved in
            // Places are only ever added, in order; a shorter list is an older view of the same
            // one: what matched among its first places still does.
            guard places.count > resolved.count else { return resolved.matched.filter { $0 < places.count } }
            for at in resolved.count..<places.count where matches(places[at]) { resolved.matched.append(at) }
            resolved.count = places.count
            return resolved.matched
        }
        return versions.latest(at: matched)
    }
}
