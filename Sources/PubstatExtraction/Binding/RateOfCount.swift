import PubstatModel

extension SentenceBinder {
    /// "còn 62.418 hộ nghèo, chiếm 22,78% tổng số hộ, giảm 4,21% so với cuối năm 2018" (or "… hộ nghèo (chiếm 2,15%)", "… hộ nghèo
    /// (2,15%)"): a count of what a
    /// rate counts (its cue begins with the count's own noun), followed by the share it makes of the whole,
    /// states the rate; a fall written right after the share is the rate's fall (catalogue `rate_variant`).
    mutating func rateOfCount(_ i: Int) -> [Draft] {
        let count = quantities[i]
        guard case .level = role[i], count.unitClass == .count, count.tokens.count >= 2,
              let cue = catalogue.cues.longestMatch(in: doc.tokens, at: count.tokens.upperBound - 1,
                                                    limit: min(range.upperBound, count.tokens.upperBound + 6)).flatMap({ $0.end > count.tokens.upperBound ? $0 : nil })
                  ?? cueBefore(count) else { return [] }
        // ", chiếm 22,78%", ", chiếm tỷ lệ 1,02%", " (chiếm 2,15%)"
        var k = max(cue.end, count.tokens.upperBound)
        // ("31.502 hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025, chiếm tỷ lệ 8,11%": the standard counted by)
        if doc.isWord(k, Lex.theo), k + 1 < range.upperBound,
           let comma = (k + 1..<min(range.upperBound, k + 14)).first(where: { doc.isPunct($0, ",") }),
           !quantities.contains(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound < comma }) { k = comma }
        let bracketed = doc.isPunct(k, "(")
        // (" (17,5%)": the share alone in brackets right after the count)
        // ("13.867 hộ; chiếm tỷ lệ 17,02%": or after a semicolon)
        guard doc.isPunct(k, ",") || doc.isPunct(k, ";") || bracketed else { return [] }
        if doc.isWord(k + 1, Lex.chiem) { k += 2 } else if bracketed { k += 1 } else { return [] }
        if doc.matches(Lex.tyLe, at: k) { k += Lex.tyLe.count } else if doc.matches(Lex.tiLe, at: k) { k += Lex.tiLe.count }
        // (", chiếm tỷ lệ trên 13,6%": a word of approximation before the share)
        if k < doc.count, doc.tokens[k].kind == .word, RoleReader.qualifierWords.contains(doc.tokens[k].hash) { k += 1 }
        guard let s = quantities.firstIndex(where: { $0.tokens.lowerBound == k }), !bound[s] else { return [] }
        let share = quantities[s]
        guard share.unitClass == .percent, !share.points, !bracketed || doc.isPunct(share.tokens.upperBound, ")"),
              !(cue.end > count.tokens.upperBound && sharesOfTheGroup(share, counted: (count.tokens.upperBound - 1)..<cue.end)),
              let entry = cue.payload.first(where: { compatible(share, $0) }) else { return [] }
        // ("80 xã đạt chuẩn NTM, chiếm 59%": a count that is a figure of its own, whose share the catalogue names, keeps
        // its figure; the share after it is bound as that count's share)
        let shareName = catalogue.entry(entry).indicator
        if cue.payload.contains(where: { compatible(count, $0) && catalogue.entry($0).shareVariant == shareName }) { return [] }
        bound[i] = true
        bound[s] = true
        let start = clauseStart(count.tokens.lowerBound)
        var drafts = [Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: share, value: share.value,
                            cueStart: start, cueEnd: start, end: share.tokens.upperBound)]
        // ", giảm 4,21% so với cuối năm 2018": the rate's fall
        let f = s + 1
        if f < quantities.count, !bound[f], case .change(let sign, _) = role[f], sign < 0, quantities[f].unitClass == .percent,
           quantities[f].tokens.lowerBound <= share.tokens.upperBound + 8, !newSubject(between: share.tokens.upperBound, quantities[f].tokens.lowerBound),
           let variant = catalogue.entry(entry).rateVariant,
           let variantEntry = catalogue.entryIndex(of: variant) {
            bound[f] = true
            let fall = quantities[f]
            let draft = Draft(indicator: variant, entry: variantEntry, quantity: fall, value: fall.value,
                              cueStart: fall.tokens.lowerBound, cueEnd: fall.tokens.lowerBound, end: fall.tokens.upperBound)
            drafts.append(draft)
            // "(vượt chỉ tiêu Nghị quyết HĐND tỉnh giao là giảm 3,5%)": the fall set for it
            let g = f + 1
            if g < quantities.count, !bound[g], case .planValue = role[g], quantities[g].unitClass == .percent,
               doc.isWord(quantities[g].tokens.lowerBound - 1, Lex.giam), quantities[g].tokens.lowerBound <= fall.tokens.upperBound + 16 {
                bound[g] = true
                drafts.append(planValue(quantities[g], of: draft))
            }
        }
        return drafts
    }

    /// "16.125 hộ nghèo, chiếm tỷ lệ 94,52% so với tổng số hộ nghèo": a share of the group the count belongs to (the
    /// whole named after the share is the counted words again), not the rate the group makes of all.
    private func sharesOfTheGroup(_ share: Quantity, counted: Range<Int>) -> Bool {
        var k = share.tokens.upperBound
        if doc.isWord(k, Lex.so), doc.isWord(k + 1, Lex.voi) { k += 2 }
        guard doc.isWord(k, Lex.tong) else { return false }
        k += doc.isWord(k + 1, Self.soWord) ? 2 : 1
        return counted.allSatisfy { doc.hash($0) == doc.hash(k + $0 - counted.lowerBound) }
    }

    private static let soWord = Lex.w("số")

    /// "tổng số hộ nghèo hiện còn 16.003/80.276 hộ, chiếm tỷ lệ 19,93%": the rate's cue before the count, its noun the
    /// count's own unit ("hộ"), with only words of "remaining" and the place between.
    private func cueBefore(_ count: Quantity) -> (end: Int, payload: [Int])? {
        let unit = doc.hash(count.tokens.upperBound - 1)
        var k = count.tokens.lowerBound
        while k > range.lowerBound, count.tokens.lowerBound - k < 12 {
            // ("số hộ nghèo của tỉnh Bắc Kạn là 16.003 hộ": the place the count is of)
            if let place = places.first(where: { $0.tokens.upperBound == k && $0.name != nil }) {
                k = place.tokens.lowerBound
                if doc.isWord(k - 1, Lex.cua) { k -= 1 }
                continue
            }
            // ("Tổng số hộ nghèo năm 2021: 13.867 hộ", "số hộ nghèo cuối năm 2023 còn 8.352 hộ": a period and a colon between)
            if let m = timeline.anyMention(endingAt: k) {
                k = timeline.mentions[m].tokens.lowerBound
                continue
            }
            if doc.isPunct(k - 1, ":") {
                k -= 1
                continue
            }
            guard doc.tokens[k - 1].kind == .word, Self.remainingWords.contains(doc.hash(k - 1)) else { break }
            k -= 1
        }
        for start in stride(from: k - 1, through: max(range.lowerBound, k - 6), by: -1) {
            guard doc.tokens[start].kind == .word, let m = catalogue.cues.longestMatch(in: doc.tokens, at: start, limit: k), m.end == k,
                  (start..<k).contains(where: { doc.hash($0) == unit }) else { continue }
            return m
        }
        return nil
    }
    private static let remainingWords = WordSet([Lex.w("hiện"), Lex.con, Lex.la, Lex.co, Lex.w("chỉ"), Lex.w("chung"), Lex.w("toàn"),
                                                 Lex.w("tỉnh"), Lex.cuoi])
}
