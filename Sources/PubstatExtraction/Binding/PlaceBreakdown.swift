import PubstatModel

extension SentenceBinder {
    /// "tổng số xã đạt chuẩn nông thôn mới là 99 xã (trong đó thành phố Yên Bái 06 xã; thị xã Nghĩa Lộ 10 xã; huyện Trấn
    /// Yên 20 xã)": a figure broken down by named places after "trong đó", one value each in the figure's unit. Each
    /// item is the figure's indicator for its place; two items at least, one after another.
    mutating func placesAfter(_ drafts: [Draft]) -> [Draft] {
        guard let template = drafts.last(where: { $0.value != nil && $0.kind != .plan }), let main = template.quantity,
              main.unitClass != .percent, let entry = template.entry,
              let lead = (main.tokens.upperBound..<min(range.upperBound, main.tokens.upperBound + 3)).first(where: { doc.matches(Lex.trongDo, at: $0) })
        else { return [] }
        var items: [(index: Int, place: PlaceMention)] = []
        for i in quantities.indices where !bound[i] && quantities[i].tokens.lowerBound > lead {
            let q = quantities[i]
            guard case .level = role[i], q.unitClass == main.unitClass, q.unit == main.unit, q.noun == main.noun,
                  let place = placeNamedRightBefore(q) else { break }
            items.append((i, place))
        }
        guard items.count >= 2 else { return [] }
        return items.map { item in
            bound[item.index] = true
            let q = quantities[item.index]
            var draft = Draft(indicator: template.indicator, entry: entry, quantity: q, value: q.value,
                              cueStart: item.place.tokens.lowerBound, cueEnd: item.place.tokens.lowerBound, end: q.tokens.upperBound)
            draft.kind = template.kind
            draft.period = template.period
            draft.jurisdiction = Jurisdiction(item.place.level, item.place.name!)
            return draft
        }
    }

    /// A named place that ends right before the number, or before a colon in front of it ("huyện Trấn Yên: 20 xã").
    private func placeNamedRightBefore(_ q: Quantity) -> PlaceMention? {
        let p = q.tokens.lowerBound
        let end = doc.isPunct(p - 1, ":") ? p - 1 : p
        return places.first { $0.name != nil && !$0.namesBody && $0.tokens.upperBound == end }
    }
}
