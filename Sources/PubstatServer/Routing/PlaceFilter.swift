import PubstatModel

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
