import PubstatModel
import PubstatProjections

extension BudgetQuery.Place {
    /// Whether `jurisdiction` is the place asked for, as the budget filter matches it: case,
    /// tone marks and the gazetteer's spellings and abbreviations do not matter.
    func matches(_ jurisdiction: Jurisdiction) -> Bool {
        switch self {
        case .exact(let wanted):
            jurisdiction.level == wanted.level && PlaceMatch.folded(jurisdiction.name) == PlaceMatch.folded(wanted.name)
        case .named(let name):
            PlaceMatch.names(for: name).contains(PlaceMatch.folded(jurisdiction.name))
        }
    }
}

extension BudgetQuery.Place {
    /// ``matches(_:)`` with the names asked for folded once, for testing many jurisdictions.
    var matcher: @Sendable (Jurisdiction) -> Bool {
        switch self {
        case .exact(let wanted):
            let name = PlaceMatch.folded(wanted.name)
            return { $0.level == wanted.level && PlaceMatch.folded($0.name) == name }
        case .named(let typed):
            let names = PlaceMatch.names(for: typed)
            return { names.contains(PlaceMatch.folded($0.name)) }
        }
    }

    /// What an answer about this place reads: these places' versions (see ``PlaceSelection``).
    var selection: PlaceSelection { PlaceSelection(matching: matcher) }
}
