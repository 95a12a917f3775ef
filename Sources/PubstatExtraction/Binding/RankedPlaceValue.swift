import PubstatModel

extension SentenceBinder {
    /// "… là 3,230 triệu đồng, đứng sau Thanh Hóa với 3,510 triệu đồng", "TP Hồ Chí Minh đứng thứ 2 với 6,537 triệu
    /// đồng/người/tháng": a province or city ranked (a word of rank near it), then "với" and an amount in the unit of
    /// `template`, is that place's value of the same figure.
    mutating func bindRankedPlaceValues(template: Figure?) -> [Figure] {
        guard let template, template.value != nil, let unit = template.unit, unit != .percent else { return [] }
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) {
            let q = quantities[i]
            let voi = q.tokens.lowerBound - 1
            guard doc.isWord(voi, Self.voi), q.unit == unit, q.per == nil || q.per == template.per, case .level = role[i],
                  let place = places.last(where: { $0.name != nil && !$0.inParentheses && ($0.level == .province || $0.level == .city)
                                                   && $0.tokens.upperBound <= voi && voi - $0.tokens.upperBound <= 6 }),
                  !quantities.contains(where: { $0.tokens.lowerBound >= place.tokens.upperBound && $0.tokens.lowerBound < voi }),
                  (max(range.lowerBound, place.tokens.lowerBound - 2)..<voi).contains(where: { Self.rankWords.contains(doc.hash($0)) })
            else { continue }
            markBound(i)
            out.append(restated(template, as: q.value, of: q, at: place, approx: false, quoting: place.tokens.lowerBound..<q.tokens.upperBound))
        }
        return out
    }

    /// "Xếp hạng theo tỷ lệ hộ nghèo: Tây Giang 38,07%, Nam Trà My 37,37%, Nam Giang 36,51%": after a figure whose place is
    /// named right before its number, further places each right before a number of the same kind, one list item after
    /// another (joined by a comma, a semicolon or "và" only), restate it for each.
    mutating func bindListedPlaceValues(after template: Figure) -> [Figure] {
        guard let value = template.value.map(abs), let unit = template.unit,
              var last = quantities.indices.first(where: { i in
                  isBound(i) && quantities[i].unit == unit && quantities[i].value == value
                      && namedPlace(endingAt: quantities[i].tokens.lowerBound) != nil
              }) else { return [] }
        var out: [Figure] = []
        while last + 1 < quantities.count, !isBound(last + 1) {
            let q = quantities[last + 1]
            guard q.unit == unit, q.per == template.per, let place = namedPlace(endingAt: q.tokens.lowerBound),
                  case let link = quantities[last].tokens.upperBound..<place.tokens.lowerBound, link.count == 1,
                  doc.isPunct(link.lowerBound, ",") || doc.isPunct(link.lowerBound, ";") || doc.isWord(link.lowerBound, Lex.va)
            else { break }
            markBound(last + 1)
            out.append(restated(template, as: q.value, of: q, at: place, approx: false, quoting: place.tokens.lowerBound..<q.tokens.upperBound))
            last += 1
        }
        return out
    }

    /// A named place, not in brackets, ending right at token `t`.
    private func namedPlace(endingAt t: Int) -> PlaceMention? {
        places.last { $0.tokens.upperBound == t && $0.name != nil && !$0.inParentheses }
    }

    private static let voi = Lex.w("với")
    /// "đứng (thứ 2 | sau)", "ở vị trí thứ 3", "ở mức thấp nhất", "xếp hạng".
    private static let rankWords = WordSet(["đứng", "vị", "mức", "xếp", "hạng"].map(Lex.w))
}
