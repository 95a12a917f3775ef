import PubstatModel

extension SentenceBinder {
    /// Sector breakdowns: "khu vực dịch vụ đạt 7.006,35 tỷ đồng, tăng 12,82%". `underGrowth`: the figure the
    /// sectors break down is a growth rate.
    mutating func bindSector(_ cue: Cue, sector: String, family: OutputFamily, underGrowth: Bool) -> [Draft] {
        guard let draft = bindSectorFigure(cue, sector: sector, family: family, underGrowth: underGrowth) else { return [] }
        // "khu vực công nghiệp - xây dựng: 14,62% (kế hoạch 11,53%)": the sector's planned rate in brackets right after
        guard draft.indicator == family.sectorGrowth, let q = draft.quantity, let next = quantities.firstIndex(where: { $0.tokens.lowerBound > q.tokens.upperBound }),
              !bound[next], quantities[next].unitClass == .percent, case .planValue = role[next], doc.isPunct(q.tokens.upperBound, "(") else { return [draft] }
        bound[next] = true
        return [draft, planValue(quantities[next], of: draft)]
    }

    private mutating func bindSectorFigure(_ cue: Cue, sector: String, family: OutputFamily, underGrowth: Bool) -> Draft? {
        // ("khu vực công nghiệp, xây dựng … 6 tháng ước đạt 17.443,9 tỷ đồng": a period's number is none of the sector's)
        // ("khu vực dịch vụ đóng góp 3,1 điểm phần trăm với mức tăng trưởng 8,2%": nor are points, its share of a growth)
        let indices = quantityIndices(in: cue.end..<cue.scopeEnd).filter {
            !bound[$0] && !isPeriodNumber(quantities[$0]) && !quantities[$0].points
        }
        guard let first = indices.first else { return nil }
        let q = quantities[first]
        // ("+ Xây dựng: 1.893 tỷ đồng" under a total production value: a sector with no indicator of its own)
        guard let valueIndicator = family.valueIndicator(of: sector) ?? family.sectorGrowth else { return nil }
        var d = Draft(indicator: valueIndicator, entry: nil, quantity: q, value: q.value,
                      cueStart: cue.start, cueEnd: cue.end, end: q.tokens.upperBound, sector: family.name(of: sector))
        switch role[first] {
        case .level where q.unitClass == .money:
            guard family.valueIndicator(of: sector) != nil else { return nil }
            bound[first] = true
            for i in indices.dropFirst() where !bound[i] {
                if case .change(let sign, let comparison) = role[i], quantities[i].unitClass == .percent {
                    d.changes.append((sign * quantities[i].value, comparison, false))
                    d.end = quantities[i].tokens.upperBound
                    bound[i] = true
                    break
                }
            }
            return d
        case .level where q.unitClass == .percent && (speaksOfGrowth(around: cue, before: q) || underGrowth && reachesOrLists(cue, q)):
            // "tốc độ tăng trưởng khu vực nông, lâm nghiệp và thủy sản ước đạt 6,98%": a rate the sector's growth reaches
            // ("GRDP tăng 9,6%; trong đó khu vực dịch vụ đạt 7,8%": or a rate it reaches under a growth)
            // ("GRDP tăng 4,53%, trong đó, khu vực công nghiệp - xây dựng: 14,62%": or one listed after a colon)
            guard let growth = family.sectorGrowth else { return nil }
            bound[first] = true
            d.indicator = growth
            return d
        case .change(let sign, let comparison) where q.unitClass == .percent:
            guard !namesExampleProducts(between: cue.end, and: q.tokens.lowerBound), !reachesShare(cue, q) else { return nil }
            // "Giá trị sản xuất các ngành công nghiệp và xây dựng tăng 10,67%; thương mại và dịch vụ tăng 6,61%": in a
            // family without a sector growth (gross output), a sector's change is that of its own value
            // (a branch's change alone under the figure it breaks down, "trong đó công nghiệp khai khoáng tăng 14,8%", would read
            // as a change of that whole figure: none)
            if family.sectorGrowth == nil, comparison != .unrelated, let value = family.sectorValues[sector] {
                guard catalogue.family(of: value)?.name != family.name else { return nil }
                bound[first] = true
                var change = Draft(indicator: value, entry: catalogue.entryIndex(of: value), quantity: nil, value: nil,
                                   cueStart: cue.start, cueEnd: cue.end, end: q.tokens.upperBound)
                change.changes.append((sign * q.value, comparison, false))
                change.anchor = q
                return change
            }
            guard let growth = family.sectorGrowth else { return nil }
            bound[first] = true
            d.indicator = growth
            d.value = sign * q.value
            return d
        default:
            return nil
        }
    }

    /// "Công nghiệp tiếp tục phát triển mạnh, nhiều sản phẩm chủ lực tăng cao như đường kết tinh tăng 134%": products
    /// named between the sector and the number, then examples of them after "như", own the change.
    private func namesExampleProducts(between start: Int, and end: Int) -> Bool {
        guard let nhu = (start..<end).last(where: { doc.isWord($0, Self.nhu) }) else { return false }
        return (start..<nhu).contains { k in Self.productWords.contains { doc.matches($0, at: k) } }
    }

    private static let nhu = Lex.w("như")
    private static let productWords = [Lex.p("sản phẩm"), Lex.p("mặt hàng"), Lex.p("nhóm hàng")]

    /// "tỷ trọng nông nghiệp giảm còn 20,1%; công nghiệp - xây dựng tăng lên 34,2%": a percent a sector rises to or
    /// falls to, with no growth named around it, is the sector's share of the economy, not its growth.
    private func reachesShare(_ cue: Cue, _ q: Quantity) -> Bool {
        let before = q.tokens.lowerBound - 1
        guard doc.isWord(before, Lex.len) || doc.isWord(before, Lex.con) || doc.isWord(before, Self.xuong) else { return false }
        let lead = window(before: cue.start, within: 5)
        return !lead.contains { doc.matches(Self.tangTruong, at: $0) || doc.matches(Self.tocDo, at: $0) }
            && !(cue.end..<q.tokens.lowerBound).contains { doc.matches(Self.tangTruong, at: $0) || doc.matches(Self.tocDo, at: $0) }
    }

    private static let xuong = Lex.w("xuống")

    /// "khu vực dịch vụ đạt 7,8%", "khu vực dịch vụ: 7,8%": the rate right after the sector's name, reached or listed.
    private func reachesOrLists(_ cue: Cue, _ q: Quantity) -> Bool {
        doc.isWord(q.tokens.lowerBound - 1, Lex.dat) || doc.isPunct(cue.end, ":") && q.tokens.lowerBound == cue.end + 1
    }

    /// "tốc độ tăng trưởng (của) khu vực …", "khu vực … có tốc độ tăng trưởng đạt …": growth named right before the
    /// sector, or between it and its rate after "đạt" ("ngành công nghiệp đạt tăng trưởng cao với mức 17,42%": or "mức").
    private func speaksOfGrowth(around cue: Cue, before q: Quantity) -> Bool {
        let before = q.tokens.lowerBound - 1
        guard doc.isWord(before, Lex.dat) || doc.isWord(before, Lex.la) || doc.isWord(before, Self.muc) else { return false }
        let lead = window(before: cue.start, within: 5)
        return lead.contains { doc.matches(Self.tangTruong, at: $0) } || (cue.end..<q.tokens.lowerBound).contains { doc.matches(Self.tangTruong, at: $0) }
    }
}
