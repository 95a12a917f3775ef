import PubstatModel

/// After the July 2025 reorganisation there are no districts, towns or provincial cities: a bulletin written after
/// it that names one (`phường Quy Nhơn`, a former district's name for a new commune) tells of a part of the new
/// province, and a figure of a period that ends after the reorganisation is the province's, but for a special zone
/// (`đặc khu Phú Quốc`, or the district or city it carries on under its name), which is a place of its own. Figures a
/// former unit's scope names keep it. (A commune or ward a text is about is a place of its own too:
/// ``DocumentSubject/soleCommune(doc:mentions:)``.)
enum PostReformPlace {
    static func apply(to figures: inout [Figure], context: BulletinContext, gazetteer: Gazetteer) {
        guard let year = gazetteer.reorganisationYear, let month = gazetteer.reorganisationMonth,
              let written = context.published.map({ ($0.year, $0.month) }) ?? context.archiveMonth.map({ ($0.year, $0.month) }),
              written >= (year, month) else { return }
        for k in figures.indices where figures[k].scope == nil {
            let j = figures[k].jurisdiction
            guard j.level == .district || j.level == .city, let period = figures[k].period,
                  (period.endYear, period.endMonth ?? 12) >= (year, month) else { continue }
            let units = gazetteer.places(j)
            // (a centrally-run city, or any unit that still exists, stays as named)
            guard !units.isEmpty, units.allSatisfy({ $0.era == .pre2025 && $0.type != .centralCity }) else { continue }
            // ("thành phố Phú Quốc" in a text of December 2025: the special zone that carries it on under its name)
            if let zone = units.first?.became, units.allSatisfy({ $0.became == zone }) {
                figures[k].jurisdiction = zone
                continue
            }
            guard let successor = units.first?.mergedInto, units.allSatisfy({ $0.mergedInto == successor }) else { continue }
            figures[k].jurisdiction = successor
        }
    }
}
