import PubstatModel

/// Thừa Thiên Huế became the centrally-run city of Huế: a text about the province, before the change, calls it by
/// the city's short name too ("lượng khách đến Huế" beside "UBND tỉnh Thừa Thiên Huế"). A figure placed in such a
/// city, over a period that ended before the reorganisation's year, is the province's when the text also names the
/// province. The pairs come from the gazetteer: a former province merged into a centrally-run city whose name
/// ends with the city's.
enum UpgradedCity {
    static func apply(to figures: inout [Figure], mentions: [PlaceMention], gazetteer: Gazetteer) {
        guard let year = gazetteer.reorganisationYear, figures.contains(where: { $0.jurisdiction.level == .city }) else { return }
        let named = Set(mentions.compactMap { m in m.name.map { Jurisdiction(m.level, $0) } })
        var former: [Jurisdiction: Jurisdiction?] = [:]
        for k in figures.indices {
            let city = figures[k].jurisdiction
            guard city.level == .city, let period = figures[k].period, period.endYear < year else { continue }
            if former[city] == nil { former[city] = gazetteer.formerProvince(upgradedInto: city) }
            guard let province = former[city] ?? nil, named.contains(province) else { continue }
            figures[k].jurisdiction = province
        }
    }
}

extension Gazetteer {
    /// The former province a centrally-run city was made from under the same name (`city:Huế` →
    /// `province:Thừa Thiên Huế`); nil for any other unit.
    func formerProvince(upgradedInto city: Jurisdiction) -> Jurisdiction? {
        guard places(city).contains(where: { $0.type == .centralCity }) else { return nil }
        let former = places.filter { p in
            p.type == .province && p.era == .pre2025 && p.mergedInto == city && p.jurisdiction.name.hasSuffix(" " + city.name)
        }
        return former.count == 1 ? former[0].jurisdiction : nil
    }
}
