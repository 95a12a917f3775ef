/// Pipeline step 4a: periods (`năm 2020`, `quý I/2025`, `9 tháng đầu năm`, `tháng 8/2025`,
/// `giai đoạn 2016 - 2020`, `(29/4-3/5)`) and dates (`ngày 10/9/2021`, `Tính đến ngày 11/3`).
struct PeriodScanner {
    let doc: Document

    static func isYear(_ v: Int?) -> Bool { v.map { (1900...2100).contains($0) } ?? false }

    func scan() -> (periods: [PeriodMention], dates: [DateMention]) {
        var periods: [PeriodMention] = []
        var dates: [DateMention] = []
        var i = 0
        var depth = 0
        var sentence = 0
        // only numbers, brackets and these words can open a period or a date
        let triggers = WordSet([Lex.nam, Lex.giaiDoan[0], Lex.nhiemKy[0], Lex.thoiKy[0], Lex.quy, Lex.thang,
                                Lex.den, Lex.hienNay[0], Lex.ngay, Lex.tinh])
        let open = UInt8(ascii: "("), close = UInt8(ascii: ")")
        while i < doc.count {
            let t = doc.tokens[i]
            if t.kind == .word, !triggers.contains(t.hash) { i += 1; continue }
            if t.kind == .punct, t.first != open, t.first != close { i += 1; continue }
            while sentence < doc.sentences.count, doc.sentences[sentence].upperBound <= i { sentence += 1; depth = 0 }
            if doc.isPunct(i, ")") { depth = max(0, depth - 1) }
            if let (shape, end) = period(at: i) {
                let r = role(before: i)
                // "(2016 - 2020)" right after "5 năm qua" restates the period; other brackets are asides
                let restates = doc.isPunct(i, "(") || doc.isPunct(i - 1, "(") && (doc.isWord(i - 2, Lex.qua) || doc.isWord(i - 2, Lex.nam))
                let aside = depth > 0 && !restates
                periods.append(PeriodMention(tokens: i..<end, shape: shape, role: aside && r == .statement ? .aside : r))
                if doc.isPunct(i, "(") { depth += 1 }
                i = end
            } else if let date = date(at: i) {
                dates.append(date)
                i = date.tokens.upperBound
            } else {
                if doc.isPunct(i, "(") { depth += 1 }
                i += 1
            }
        }
        return (periods, dates)
    }

    /// Comparisons ("so với cùng kỳ năm 2015") and future tasks ("nhiệm vụ trọng tâm quý II") do not
    /// set the period of what follows.
    private func role(before i: Int) -> PeriodMention.Role {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4 {
            let h = doc.hash(k)
            if doc.tokens[k].kind == .punct, doc.tokens[k].first != UInt8(ascii: "-") { break }
            if h == Lex.so || h == Lex.voi || h == Lex.gap || h == Lex.cuoi && steps == 0 { return .comparison }
            if doc.matchesBefore(Lex.nhiemVu, k + 1) || doc.matchesBefore(Lex.trongTam, k + 1)
                || doc.matchesBefore(Lex.phuongHuong, k + 1) || doc.matchesBefore(Lex.keHoach, k + 1) && steps == 0 {
                return .task
            }
            k -= 1
            steps += 1
        }
        return .statement
    }

    /// `/2025` or `năm 2025` after a shape.
    private func trailingYear(_ j: Int) -> (Int?, Int) {
        if doc.isPunct(j, "/"), Self.isYear(doc.integer(j + 1)) { return (doc.integer(j + 1), j + 2) }
        if doc.isWord(j, Lex.nam), Self.isYear(doc.integer(j + 1)) { return (doc.integer(j + 1), j + 2) }
        if Self.isYear(doc.integer(j)), doc.bytes(j).count == 4 { return (doc.integer(j), j + 1) }
        return (nil, j)
    }

    private func yearSpan(at j: Int) -> (PeriodShape, Int)? {
        guard let a = doc.integer(j), Self.isYear(a), doc.isPunct(j + 1, "-"), let b = doc.integer(j + 2), Self.isYear(b),
              b > a, b - a <= 50 else { return nil }
        return (.years(a, b), j + 3)
    }

    func period(at i: Int) -> (PeriodShape, Int)? {
        let t = doc.tokens[i]
        if t.kind == .number {
            if let span = yearSpan(at: i), !doc.isPunct(i - 1, "/") { return span }
            // N tháng đầu năm / N tháng qua / N tháng năm 2021
            if let n = doc.integer(i), (2...12).contains(n), doc.isWord(i + 1, Lex.thang) {
                var j = i + 2
                if doc.isWord(j, Lex.cuoi) { return nil }
                var qualified = false
                if doc.isWord(j, Lex.dau) { j += 1; qualified = true; if doc.isWord(j, Lex.nam) { j += 1 } }
                else if doc.isWord(j, Lex.qua) { j += 1; qualified = true }
                let (year, end) = trailingYear(j)
                if year == nil, !qualified {
                    if doc.isWord(j, Lex.nam) { return (.firstMonths(n, year: nil), j + 1) }
                    guard n == 6 || n == 9 || n == 3, doc.isWord(j, Lex.tang) || doc.isWord(j, Lex.dat) else { return nil }
                }
                return (.firstMonths(n, year: year), end)
            }
            return nil
        }
        if doc.isPunct(i, "("), let window = dayWindow(at: i + 1) { return window }
        guard t.kind == .word else { return nil }
        let h = t.hash
        if h == Lex.nam {
            if let span = yearSpan(at: i + 1) { return span }
            if let y = doc.integer(i + 1), Self.isYear(y), doc.bytes(i + 1).count == 4 { return (.year(y), i + 2) }
            return nil
        }
        if doc.matches(Lex.giaiDoan, at: i) || doc.matches(Lex.nhiemKy, at: i) || doc.matches(Lex.thoiKy, at: i) {
            var j = i + 2
            if doc.integer(j) != nil, doc.isWord(j + 1, Lex.nam) { j += 2 }  // giai đoạn 5 năm 2016 - 2020
            if doc.isPunct(j, "(") { j += 1 }
            return yearSpan(at: j)
        }
        if h == Lex.quy, let (q, end) = quarterNumber(i + 1) {
            let (year, stop) = trailingYear(end)
            return (.quarter(q, year: year), stop)
        }
        if h == Lex.thang, !doc.isNumber(i - 1), let m = doc.integer(i + 1), (1...12).contains(m), doc.bytes(i + 1).count <= 2 {
            if doc.isPunct(i + 2, "/"), let y = doc.integer(i + 3), Self.isYear(y) { return (.month(m, year: y), i + 4) }
            if doc.isPunct(i + 2, "/") { return nil }
            let (year, end) = trailingYear(i + 2)
            return (.month(m, year: year), end)
        }
        if doc.matches(Lex.denNay, at: i) || doc.matches(Lex.hienNay, at: i) { return (.now, i + 2) }
        if h == Lex.ngay { return dayWindow(at: i + 1) }
        return nil
    }

    /// `29/4-3/5` or `9-10/7`: a window of days.
    private func dayWindow(at j: Int) -> (PeriodShape, Int)? {
        if let d1 = doc.integer(j), doc.isPunct(j + 1, "/"), let m1 = doc.integer(j + 2), doc.isPunct(j + 3, "-"),
           let d2 = doc.integer(j + 4), doc.isPunct(j + 5, "/"), let m2 = doc.integer(j + 6), !doc.isPunct(j + 7, "/"),
           (1...31).contains(d1), (1...12).contains(m1), (1...31).contains(d2), (1...12).contains(m2) {
            return (.days(from: (d1, m1), to: (d2, m2), year: nil), j + 7)
        }
        if let d1 = doc.integer(j), doc.isPunct(j + 1, "-"), let d2 = doc.integer(j + 2), doc.isPunct(j + 3, "/"),
           let m = doc.integer(j + 4), !doc.isPunct(j + 5, "/"), (1...31).contains(d1), (1...31).contains(d2), d2 > d1,
           (1...12).contains(m) {
            return (.days(from: (d1, m), to: (d2, m), year: nil), j + 5)
        }
        return nil
    }

    /// Roman (I–IV) or Arabic (1–4) quarter numbers.
    private func quarterNumber(_ j: Int) -> (Int, Int)? {
        if let n = doc.integer(j), (1...4).contains(n) { return (n, j + 1) }
        guard j < doc.count, doc.tokens[j].kind == .word else { return nil }
        switch Array(doc.bytes(j)) {
        case [105]: return (1, j + 1)
        case [105, 105]: return (2, j + 1)
        case [105, 105, 105]: return (3, j + 1)
        case [105, 118]: return (4, j + 1)
        default: return nil
        }
    }

    /// `ngày 10/9/2021`, `đến ngày 11/3`, `ngày 24 tháng 3 năm 2023`, or a bare `10/9/2021`.
    func date(at i: Int) -> DateMention? {
        var j = i
        var cutOff = false
        if doc.isWord(j, Lex.tinh), doc.isWord(j + 1, Lex.den) { j += 2; cutOff = true }
        else if doc.isWord(j, Lex.den) { j += 1; cutOff = true }
        if cutOff, doc.isWord(j, Lex.het) { j += 1 }
        let hasDay = doc.isWord(j, Lex.ngay)
        if hasDay { j += 1 }
        guard hasDay || !cutOff, let d = doc.integer(j), (1...31).contains(d) else { return nil }
        if doc.isPunct(j + 1, "/"), let m = doc.integer(j + 2), (1...12).contains(m) {
            if doc.isPunct(j + 3, "/"), let y = doc.integer(j + 4), Self.isYear(y) {
                return DateMention(tokens: i..<(j + 5), day: d, month: m, year: y, isCutOff: cutOff)
            }
            guard hasDay else { return nil }
            return DateMention(tokens: i..<(j + 3), day: d, month: m, year: nil, isCutOff: cutOff)
        }
        if hasDay, doc.isWord(j + 1, Lex.thang), let m = doc.integer(j + 2), (1...12).contains(m) {
            if doc.isWord(j + 3, Lex.nam), let y = doc.integer(j + 4), Self.isYear(y) {
                return DateMention(tokens: i..<(j + 5), day: d, month: m, year: y, isCutOff: cutOff)
            }
            return DateMention(tokens: i..<(j + 3), day: d, month: m, year: nil, isCutOff: cutOff)
        }
        return nil
    }
}
