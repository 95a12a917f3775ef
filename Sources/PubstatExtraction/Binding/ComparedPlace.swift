import PubstatModel

extension SentenceBinder {
    /// "đạt 3,9 triệu lượt, … bằng 54% so với tỉnh Lào Cai (7,2 triệu lượt)": the level of the place a figure is set
    /// against, written in brackets right after the place's name, is that place's figure of the same indicator and period.
    mutating func comparedPlaceLevels(_ drafts: [Draft]) -> [Draft] {
        var found: [Draft] = []
        for m in places where m.name != nil && (m.level == .province || m.level == .city) && m.compared
            && doc.isPunct(m.tokens.upperBound, "(") {
            guard let i = quantities.firstIndex(where: { $0.tokens.lowerBound == m.tokens.upperBound + 1 }), !bound[i],
                  case .level = role[i], doc.isPunct(quantities[i].tokens.upperBound, ")") else { continue }
            let q = quantities[i]
            guard let template = drafts.first(where: { d in
                      d.quantity.map { $0.tokens.upperBound <= m.tokens.lowerBound && $0.unitClass == q.unitClass && $0.noun == q.noun } ?? false
                  }), let entry = template.entry, compatible(q, entry) else { continue }
            bound[i] = true
            var draft = Draft(indicator: template.indicator, entry: entry, quantity: q, value: q.value,
                              cueStart: m.tokens.lowerBound - 2, cueEnd: m.tokens.lowerBound - 2, end: q.tokens.upperBound + 1)
            draft.kind = template.kind
            draft.jurisdiction = Jurisdiction(m.level, m.name!)
            found.append(draft)
        }
        return found
    }
}
