import PubstatModel

/// Pipeline step 3b: numbers with their scale words and units.
struct QuantityScanner {
    let doc: Document
    let catalogue: Catalogue

    /// Every quantity of the document, in order. Numbers that are parts of dates (`10/9/2021`)
    /// or times are left out.
    func scan() -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        let n = doc.count
        while i < n {
            guard doc.isNumber(i) else { i += 1; continue }
            // ("đón đoàn khách thứ 10 triệu", "đứng thứ 9 cả nước": an ordinal counts nothing)
            if isYearOfPeriod(i) || doc.isWord(i - 1, Lex.thu) {
                i += 1
                continue
            }
            if isDatePart(i) {
                i = skipDate(i)
                continue
            }
            if let q = spaceGrouped(at: i) ?? spacedDecimal(at: i) ?? quantity(at: i) {
                out.append(q)
                i = q.tokens.upperBound
            } else {
                i += 1
            }
        }
        lendVisitorUnits(&out)
        return out
    }

    /// "trong đó khách quốc tế 15.000, khách nội địa 1.185.000 lượt": in a list of visitors, a number written bare right
    /// before the next item counts in the unit that item writes out. Only a grouped number ("15.000") after a word takes
    /// it, and only "lượt" written right after the next item's number, a comma and a few words on.
    private func lendVisitorUnits(_ out: inout [Quantity]) {
        for k in out.indices.dropLast() where out[k].unitClass == .none {
            let bare = out[k], next = out[k + 1], start = bare.tokens.lowerBound
            guard bare.tokens.count == 1, doc.bytes(start).contains(UInt8(ascii: ".")), doc.tokens.indices.contains(start - 1),
                  doc.tokens[start - 1].kind == .word, next.unitClass == .arrivals, doc.isWord(next.tokens.lowerBound + 1, Lex.luot),
                  doc.isPunct(bare.tokens.upperBound, ",") else { continue }
            let words = (bare.tokens.upperBound + 1)..<next.tokens.lowerBound
            guard (1...5).contains(words.count), words.allSatisfy({ doc.tokens[$0].kind == .word && !doc.tokens[$0].newlineBefore }) else { continue }
            out[k].unitClass = next.unitClass
            out[k].unit = next.unit
            out[k].noun = next.noun
        }
    }

    /// A year written as part of a period ("năm 2015", "2016 - 2020", "quý I/2025") counts nothing.
    private func isYearOfPeriod(_ i: Int) -> Bool {
        guard let y = doc.integer(i), PeriodScanner.isYear(y), doc.bytes(i).count == 4 else { return false }
        if doc.isWord(i - 1, Lex.nam) || doc.isPunct(i - 1, "/") || doc.isPunct(i - 1, "(") { return true }
        if doc.isPunct(i + 1, "-"), PeriodScanner.isYear(doc.integer(i + 2)) { return true }
        if doc.isPunct(i - 1, "-"), PeriodScanner.isYear(doc.integer(i - 2)) { return true }
        return false
    }

    /// `d/m`, `d/m/y`, `hh:mm` and `d-d/m` shapes.
    private func isDatePart(_ i: Int) -> Bool {
        if doc.isPunct(i + 1, ":"), doc.isNumber(i + 2), doc.integer(i) != nil, doc.integer(i + 2) != nil,
           !(doc.tokens[i + 1].newlineBefore) { return (doc.integer(i + 2) ?? 99) < 60 && doc.bytes(i + 2).count == 2 }
        guard doc.isPunct(i + 1, "/"), let a = doc.integer(i), let b = doc.integer(i + 2) else { return false }
        if doc.isPunct(i + 3, "/"), doc.integer(i + 4) != nil { return true }
        // d/m with a count noun after is a ratio, not a date
        if catalogue.countNouns.longestMatch(in: doc.tokens, at: i + 3, limit: min(doc.count, i + 6)) != nil { return false }
        if doc.isWord(i + 3, Lex.ha) || doc.isWord(i + 3, Lex.tan) { return false }
        return (1...31).contains(a) && (1...12).contains(b) && b < 13 && doc.bytes(i + 2).count <= 2
    }

    private func skipDate(_ i: Int) -> Int {
        var j = i + 1
        while j + 1 < doc.count, doc.isPunct(j, "/") || doc.isPunct(j, ":"), doc.isNumber(j + 1) { j += 2 }
        return j
    }

    /// "7 214,9 tỷ đồng": thousands grouped by a single space, as some statistics offices print them. Token
    /// `i` holds one to three digits and nothing else, the next token on the same line, one space after it,
    /// three digits (and perhaps decimals); nothing that names a period stands before (`tháng 11 120 tỷ`).
    private func spaceGrouped(at i: Int) -> Quantity? {
        let head = doc.bytes(i)
        guard (1...3).contains(head.count), head.allSatisfy(Folding.isDigit), i + 1 < doc.count, doc.isNumber(i + 1),
              !doc.tokens[i + 1].newlineBefore, doc.tokens[i].end + 1 == doc.tokens[i + 1].start,
              doc.text.bytes[Int(doc.tokens[i].end)] == UInt8(ascii: " "),
              i == 0 || doc.tokens[i - 1].kind != .number && !Self.periodWords.contains(doc.tokens[i - 1].hash) else { return nil }
        let tail = doc.bytes(i + 1)
        let whole = tail.prefix { Folding.isDigit($0) }
        guard whole.count == 3, whole.count == tail.count || tail[tail.startIndex + 3] == UInt8(ascii: ","),
              let prefix = doc.integer(i), let raw = doc.number(i + 1), raw > 0, var q = quantity(at: i + 1), q.valueHigh == nil else { return nil }
        let factor = q.value / raw
        q.value = Self.scaled(Double(prefix) * 1000 + raw, factor)
        q.tokens = i..<q.tokens.upperBound
        return q
    }

    /// "đạt 3, 85 tỉ USD", "241, 5 tỷ đồng": a decimal comma with a stray space after it, before a money scale. Token `i`
    /// holds one to three digits after a word, then "," and, one space on, one to three digits and the money unit.
    private func spacedDecimal(at i: Int) -> Quantity? {
        let head = doc.bytes(i)
        guard (1...3).contains(head.count), head.allSatisfy(Folding.isDigit), i > 0, doc.tokens[i - 1].kind == .word,
              !Self.periodWords.contains(doc.tokens[i - 1].hash), doc.isPunct(i + 1, ","), i + 2 < doc.count, doc.isNumber(i + 2),
              !doc.tokens[i + 2].newlineBefore, doc.tokens[i + 1].end + 1 == doc.tokens[i + 2].start,
              doc.text.bytes[Int(doc.tokens[i + 1].end)] == UInt8(ascii: " ") else { return nil }
        let tail = doc.bytes(i + 2)
        guard (1...3).contains(tail.count), tail.allSatisfy(Folding.isDigit), let whole = doc.integer(i), let fraction = doc.integer(i + 2),
              let raw = doc.number(i + 2), raw > 0, var q = quantity(at: i + 2), q.unitClass == .money, q.valueHigh == nil, q.outOf == nil else { return nil }
        let factor = q.value / raw
        let divisor = tail.reduce(1.0) { d, _ in d * 10 }
        let decimal = Double(whole) + Double(fraction) / divisor
        q.value = Self.scaled(decimal, factor)
        q.tokens = i..<q.tokens.upperBound
        return q
    }

    /// Words after which a number is a period's, not the head of a number grouped by spaces.
    private static let periodWords = WordSet([Lex.thang, Lex.quy, Lex.nam, Lex.ngay, Lex.w("số"), Lex.w("thứ"), Lex.w("khóa"), Lex.w("lần")])

    /// `value × scale` without binary noise: "4,1 triệu" is 4 100 000, not 4 099 999.999….
    static func scaled(_ value: Double, _ scale: Double) -> Double {
        scale == 1 ? value : (value * scale * 1e6).rounded() / 1e6
    }

    /// The quantity whose number is token `i`; with `unitAt`, its unit is read from a table's unit cell
    /// there instead of after the number.
    /// - Parameter unitInHeader: the unit is in a column's header ("Thu NSNN (tỷ đồng)") or on a line above
    ///   the table ("Đơn vị tính: Tỷ đồng"), not next to the number.
    func quantity(at i: Int, unitAt unitCellStart: Int? = nil, unitInHeader: Bool = false) -> Quantity? {
        guard var value = doc.number(i) else { return nil }
        var j = unitCellStart ?? i + 1
        var valueHigh: Double?
        var outOf: Double?
        // range: 9 - 10%, 120-150 triệu
        if unitCellStart != nil {
        } else if doc.isPunct(j, "-"), doc.isNumber(j + 1), !doc.isPunct(j + 2, "/"), let high = doc.number(j + 1), high > value {
            valueHigh = high
            j += 2
        } else if doc.isWord(i - 1, Lex.tu) || doc.isWord(i - 1, Self.khoang), doc.isWord(j, Lex.den), doc.isNumber(j + 1), !doc.isPunct(j + 2, "/"),
                  let high = doc.number(j + 1), high > value, high < value * 3 {
            // "thu từ 6.500 đến 6.800 tỷ đồng", "đón khoảng 6,5 đến 6,8 triệu lượt": a range written out
            valueHigh = high
            j += 2
        } else if doc.isPunct(j, "/"), doc.isNumber(j + 1), let whole = doc.number(j + 1), whole >= value {
            outOf = whole
            j += 2
            // ("16/16 (100%) xã": the share in brackets between the fraction and what it counts)
            if doc.isPunct(j, "("), doc.isNumber(j + 1), doc.isPunct(j + 2, "%"), doc.isPunct(j + 3, ")"),
               catalogue.countNouns.longestMatch(in: doc.tokens, at: j + 4, limit: min(doc.count, j + 10)) != nil { j += 4 }
        } else if doc.matches(Self.outOfTotal, at: j), let whole = doc.number(j + Self.outOfTotal.count), whole >= value,
                  doc.isNumber(j + Self.outOfTotal.count), !doc.isPunct(j + Self.outOfTotal.count + 1, "/") {
            // "7 trên tổng số 7 xã": the same as "7/7 xã"
            outOf = whole
            j += Self.outOfTotal.count + 1
        } else if let among = Self.amongWholes.first(where: { doc.matches($0, at: j) }), let whole = doc.integer(j + among.count),
                  Double(whole) >= value, doc.number(i) == value.rounded(),
                  catalogue.countNouns.longestMatch(in: doc.tokens, at: j + among.count + 1, limit: min(doc.count, j + among.count + 7)) != nil {
            // "80 trong số 98 xã": the same as "80/98 xã"
            outOf = Double(whole)
            j += among.count + 1
        } else if doc.isWord(j, Self.tren), let whole = doc.integer(j + 1), Double(whole) >= value, doc.number(i) == value.rounded(),
                  catalogue.countNouns.longestMatch(in: doc.tokens, at: j + 2, limit: min(doc.count, j + 8)) != nil {
            // "3 trên 9 đơn vị cấp huyện": the same as "3/9"
            outOf = Double(whole)
            j += 2
        }
        // a word on the next line belongs to that line: "Chỉ tiêu | 2016 | 2018⏎Khách du lịch (nghìn lượt) | …"
        if unitCellStart == nil, j < doc.count, doc.tokens[j].newlineBefore {
            if !doc.isWord(i + 1, Lex.thang), let cell = unitCell(before: i), let inTable = quantity(at: i, unitAt: cell) { return inTable }
            return Quantity(tokens: i..<j, value: value, valueHigh: valueHigh, outOf: outOf, unitClass: .none)
        }
        var scale = 1.0
        var scaleName: UInt64 = 0
        if doc.isWord(j, Lex.nghin) || doc.isWord(j, Lex.ngan) {
            scale = 1e3; scaleName = Lex.nghin; j += 1
            if doc.isWord(j, Lex.ty) || doc.isWord(j, Lex.ti) { scale = 1e12; scaleName = Lex.ty; j += 1 }
        } else if doc.isWord(j, Lex.trieu) {
            scale = 1e6; scaleName = Lex.trieu; j += 1
            // "2 triệu tỷ đồng": a million billion
            if doc.isWord(j, Lex.ty) || doc.isWord(j, Lex.ti) { scale = 1e15; scaleName = Lex.ty; j += 1 }
        } else if doc.isWord(j, Lex.ty) || doc.isWord(j, Lex.ti) {
            scale = 1e9; scaleName = Lex.ty; j += 1
        } else if doc.isWord(j, Lex.van) {
            scale = 1e4; scaleName = Lex.van; j += 1
        } else if doc.isWord(j, Self.tr), doc.isPunct(j + 1, "."), doc.isWord(j + 2, Lex.usd) || unitCellStart != nil && doc.isWord(j + 2, Self.d) {
            // "2.415 tr.USD": millions, abbreviated; "Tr.đ" in a table's unit cell: millions of đồng
            scale = 1e6; scaleName = Lex.trieu; j += 2
        }
        // "1 tỉ 953 triệu USD", "2 tỷ 500 triệu đồng": billions and millions written together are millions
        if scaleName == Lex.ty, scale == 1e9, valueHigh == nil, let millions = doc.integer(j), (1...999).contains(millions),
           doc.bytes(j).count <= 3, doc.isWord(j + 1, Lex.trieu),
           doc.isWord(j + 2, Lex.dong) || doc.isWord(j + 2, Lex.usd) || doc.isWord(j + 2, Lex.vndWord) || doc.matches(Lex.doLa, at: j + 2) {
            value = value * 1000 + Double(millions)
            scale = 1e6
            scaleName = Lex.trieu
            j += 2
        }
        // "10 nghìn 537 tỷ đồng": thousands of billions and billions written together are billions; "2 triệu 500 nghìn
        // đồng": millions and thousands, thousands
        if valueHigh == nil, scale == 1e3 || scale == 1e6, let rest = doc.integer(j), (1...999).contains(rest), doc.bytes(j).count <= 3,
           scale == 1e3 ? doc.isWord(j + 1, Lex.ty) || doc.isWord(j + 1, Lex.ti) : doc.isWord(j + 1, Lex.nghin) || doc.isWord(j + 1, Lex.ngan),
           doc.isWord(j + 2, Lex.dong) || doc.isWord(j + 2, Lex.usd) || doc.isWord(j + 2, Lex.vndWord) || doc.matches(Lex.doLa, at: j + 2) {
            value = value * 1000 + Double(rest)
            (scale, scaleName) = scale == 1e3 ? (1e9, Lex.ty) : (1e3, Lex.nghin)
            j += 2
        }
        // "Tỷ đ", "Tỷ.đ" in a table's unit cell: đồng, abbreviated
        let abbreviatedDong = unitCellStart != nil && scaleName != 0 && (doc.isWord(j, Self.d) || doc.isPunct(j, ".") && doc.isWord(j + 1, Self.d))
        if abbreviatedDong, doc.isPunct(j, ".") { j += 1 }
        var q = Quantity(tokens: i..<max(i + 1, j), value: value, valueHigh: valueHigh, outOf: outOf, unitClass: .none)
        if doc.isWord(j, Lex.dong) || doc.isWord(j, Lex.vndWord) || doc.isWord(j, Lex.usd) || doc.matches(Lex.doLa, at: j) || abbreviatedDong {
            let usd = !doc.isWord(j, Lex.dong) && !doc.isWord(j, Lex.vndWord) && !abbreviatedDong
            j += doc.matches(Lex.doLa, at: j) ? 2 : 1
            q.unitClass = .money
            switch scaleName {
            case Lex.nghin: q.unit = usd ? .thousandUSD : .thousandVND
            case Lex.trieu: q.unit = usd ? .millionUSD : .millionVND
            case Lex.ty:
                q.unit = usd ? .billionUSD : .billionVND
                if scale > 1e9 { value *= scale / 1e9; valueHigh = valueHigh.map { $0 * scale / 1e9 } }
            case Lex.van: q.unit = usd ? .usd : .vnd; value *= 1e4
            default: q.unit = usd ? .usd : .vnd
            }
            q.value = value
            q.valueHigh = valueHigh
            if doc.isPunct(j, "/"), doc.isWord(j + 1, Lex.nguoi) {
                j += 2
                if doc.isPunct(j, "/"), doc.isWord(j + 1, Lex.thang) { q.per = "person/month"; j += 2 }
                else if doc.isPunct(j, "/"), doc.isWord(j + 1, Lex.nam) { q.per = "person/year"; j += 2 }
                else { q.per = "person/year" }
            } else if doc.isPunct(j, "/"), doc.isWord(j + 1, Lex.ha) || doc.isWord(j + 1, Lex.tan) {
                q.unitClass = .other
                j += 2
            }
        } else if doc.isPunct(j, "%") || doc.matches(Self.phanTram, at: j)
                    || doc.isWord(j, Self.diem) && (doc.matches(Self.phanTram, at: j + 1) || doc.isPunct(j + 1, "%")) {
            // ("7,84 phần trăm", "bảy phẩy tám mươi tư phần trăm": the percent sign said in words)
            q.unitClass = .percent
            q.unit = .percent
            if doc.isWord(j, Self.diem) {
                q.points = true
                j += doc.isPunct(j + 1, "%") ? 1 : Self.phanTram.count
            } else if doc.matches(Self.phanTram, at: j) {
                j += Self.phanTram.count - 1
            }
            j += 1
            if doc.isPunct(j, "/"), doc.isWord(j + 1, Lex.nam) { q.perYear = true; j += 2 }
        } else if doc.isWord(j, Lex.luot) {
            j += 1
            if doc.matches(Lex.truyCap, at: j) || doc.isWord(j, Lex.xem) {
                q.unitClass = .visits; q.unit = .visits
                j += doc.isWord(j, Lex.xem) ? 1 : 2
            } else if let counted = Self.notVisitors.first(where: { doc.matches($0, at: j) }) {
                // "phục vụ 46.800 lượt hành khách": passengers carried, not visitors ("tiếp 42 lượt nhà đầu tư",
                // "12.000 lượt xe": investors received, vehicles)
                q.unitClass = .other
                j += counted.count
            } else {
                q.unitClass = .arrivals; q.unit = .arrivals
                if doc.isWord(j, Lex.khach) || doc.isWord(j, Lex.nguoi) { j += 1 }
                else if doc.matches(Lex.duKhach, at: j) { j += 2 }
                if doc.matches(Lex.duLich, at: j) { j += 2 }
                // "11 triệu lượt khách/năm": visitors a year, on average over a span
                if doc.isPunct(j, "/"), doc.isWord(j + 1, Lex.nam), !doc.isNumber(j + 2) { q.perYear = true; j += 2 }
            }
            q.value = Self.scaled(value, scale)
            q.valueHigh = valueHigh.map { Self.scaled($0, scale) }
        } else if doc.matches(Lex.duKhach, at: j) || doc.matches(Lex.khachDuLich, at: j) || doc.isWord(j, Lex.khach) && scaleName != 0 {
            // "5,51 triệu du khách", "2 triệu khách": visitors counted without "lượt"
            q.unitClass = .arrivals; q.unit = .arrivals
            j += doc.matches(Lex.khachDuLich, at: j) ? Lex.khachDuLich.count : doc.isWord(j, Lex.khach) ? 1 : Lex.duKhach.count
            q.value = Self.scaled(value, scale)
            q.valueHigh = valueHigh.map { Self.scaled($0, scale) }
        } else if doc.isWord(j, Lex.lan) {
            q.unitClass = .times
            j += 1
        } else if doc.isWord(j, Lex.ha) {
            q.unitClass = .area; q.unit = .hectare; j += 1
        } else if doc.isWord(j, Lex.tan) {
            q.unitClass = .mass; q.unit = .tonne; j += 1
        } else if let noun = catalogue.countNouns.longestMatch(in: doc.tokens, at: j, limit: min(doc.count, j + 6)) {
            q.unitClass = .count
            q.unit = .count
            q.noun = noun.payload[0]
            q.value = Self.scaled(value, scale)
            j = noun.end
            if doc.isWord(j, Self.tren), doc.isWord(j + 1, Self.mot) || doc.integer(j + 1) == 1,
               catalogue.countNouns.longestMatch(in: doc.tokens, at: j + 2, limit: min(doc.count, j + 5)) != nil {
                j += 3  // 17,87 tiêu chí trên một xã: per one commune
            } else if doc.isPunct(j, "/"), catalogue.countNouns.longestMatch(in: doc.tokens, at: j + 1, limit: min(doc.count, j + 4)) != nil {
                j += 2  // 11,9 tiêu chí/xã
            } else if doc.isPunct(j, "/"), doc.integer(j + 1) == 1,
                      catalogue.countNouns.longestMatch(in: doc.tokens, at: j + 2, limit: min(doc.count, j + 5)) != nil {
                j += 3  // 12,6 tiêu chí/1 xã: per one commune
            }
            // "24 xã đạt 15-18 tiêu chí", "38 xã đạt từ 10 đến 14 tiêu chí": units counted by a band of criteria met,
            // not by a standard reached
            if meetsCriteriaBand(after: j) { q.unitClass = .other }
        } else if scaleName == Lex.ty, !doc.isWord(j, Self.le) {
            // "Thu nội địa: 9.402 tỷ": billions with no currency are billions of đồng
            q.unitClass = .money
            q.unit = .billionVND
            q.value = value * scale / 1e9
            q.valueHigh = valueHigh.map { $0 * scale / 1e9 }
        } else if scaleName != 0 {
            q.unitClass = .other
            q.value = Self.scaled(value, scale)
            // ("1.331,7 nghìn ngày": guest-days, not visitors)
            q.bareScale = (scaleName == Lex.trieu || scaleName == Lex.nghin) && !doc.isWord(j, Lex.ngay) && !doc.isWord(j, Self.dem)
        } else if doc.isPunct(j, "/") || doc.isPunct(j, "-"), doc.isNumber(j + 1) {
            q.unitClass = .other
        }
        if unitCellStart != nil {
            // the unit cell is read whole, up to the bar before the number (or the number itself, when
            // the cells were separated by tabs or spaces); a unit in brackets closing the label, up to its bracket
            let cellEnd = doc.isPunct(j, ")") ? j + 1 : j
            guard cellEnd == i - 1 || cellEnd == i || unitInHeader, q.unitClass != .none, q.unitClass != .other else { return nil }
            q.tokens = i..<(i + 1)
            return q
        }
        q.tokens = i..<j
        // "Kim ngạch xuất khẩu | triệu USD | 745,6 | 108,3": a table flattened to text gives the unit a cell of its own
        // (not a header's period: "Chỉ tiêu | Đơn vị | 9 tháng 2023 | …")
        if q.unitClass == .none, !doc.isWord(i + 1, Lex.thang), let cell = unitCell(before: i), let inTable = quantity(at: i, unitAt: cell) {
            return inTable
        }
        return q
    }

    /// "đạt (từ|dưới|trên) 15(-18) tiêu chí" from token `j`: a number of criteria met.
    private func meetsCriteriaBand(after j: Int) -> Bool {
        guard doc.isWord(j, Lex.dat) else { return false }
        var k = j + 1
        if doc.tokens.indices.contains(k), doc.tokens[k].kind == .word, Self.bandWords.contains(doc.tokens[k].hash) { k += 1 }
        guard doc.isNumber(k) else { return false }
        k += 1
        if doc.isPunct(k, "-") || doc.isWord(k, Lex.den), doc.isNumber(k + 1) { k += 2 }
        return doc.matches(Self.tieuChi, at: k)
    }
    private static let bandWords = WordSet(["từ", "dưới", "trên"].map { Lex.w($0) }), tieuChi = Lex.p("tiêu chí")

    private static let diem = Lex.w("điểm"), phanTram = Lex.p("phần trăm"), tr = Lex.w("tr"), le = Lex.w("lệ"), d = Lex.w("đ")
    private static let hanhKhach = Lex.p("hành khách")
    /// What "lượt" counts when it is not visitors: passengers, investors, firms, vehicles, patients, pupils, workers,
    /// people taking part in an event ("thu hút 21.000 lượt người tham gia").
    private static let notVisitors = [hanhKhach] + ["nhà đầu tư", "doanh nghiệp", "xe", "phương tiện", "tàu", "chuyến", "hộ", "bệnh nhân",
        "người bệnh", "học sinh", "lao động", "cán bộ", "hồ sơ", "thí sinh", "người tham gia", "người tham dự"].map(Lex.p)
    private static let khoang = Lex.w("khoảng"), dem = Lex.w("đêm")
    private static let outOfTotal = Lex.p("trên tổng số")
    private static let amongWholes = [Lex.p("trong số"), Lex.p("trong tổng số")]
    private static let tren = Lex.w("trên"), mot = Lex.w("một")

    /// The first token of the cell before a number's cell in a row flattened with bars ("| tỷ đồng | 36.912"),
    /// when that cell is short enough to be a unit.
    private func unitCell(before i: Int) -> Int? {
        guard doc.isPunct(i - 1, "|") else { return nil }
        var k = i - 2
        while k > max(0, i - 6), !doc.isPunct(k, "|") {
            if doc.tokens[k].newlineBefore { return nil }
            k -= 1
        }
        return doc.isPunct(k, "|") && k + 1 < i - 1 ? k + 1 : nil
    }
}
