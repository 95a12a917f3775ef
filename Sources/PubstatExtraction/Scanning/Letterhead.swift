import PubstatModel

/// The body that issues a report, named in its letterhead: "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN", "ĐẢNG BỘ TỈNH
/// THỪA THIÊN HUẾ", "CỤC THỐNG KÊ TỈNH ĐIỆN BIÊN", or over two lines of a two-column header ("ỦY BAN NHÂN DÂN
/// … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" above "HUYỆN YÊN LẠC … Độc lập - Tự do - Hạnh phúc").
/// A report speaks of the place whose committee, council, Party committee or office issues it, however
/// often it names other places (its city's name in a province's report, the province in a district's).
struct Letterhead {
    let doc: Document

    /// The lines a letterhead may take at the top of a text.
    private static let lines = 3

    /// The place the issuing body belongs to, when the text opens with one. Under its superior ("CỤC THỐNG
    /// KÊ TỈNH NAM ĐỊNH" above "CHI CỤC THỐNG KÊ HUYỆN HẢI HẬU") the body named last issues the text.
    func issuer(among mentions: [PlaceMention]) -> Jurisdiction? {
        let starts = lineStarts()
        guard let last = starts.last else { return nil }
        let end = lineEnd(from: last)
        var found: Jurisdiction?
        var foundLine: Int?
        for m in mentions where m.tokens.lowerBound < end {
            guard let name = m.name, !m.inParentheses, m.level != .country else { continue }
            let start = m.tokens.lowerBound
            guard let line = starts.lastIndex(where: { $0 <= start }) else { continue }
            // "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X - TỈNH Y": on one line, the unit comes first and its superior after it
            if line == foundLine { continue }
            // "ĐẢNG BỘ TỈNH X": the body opens the line and the place follows it
            // "ỦY BAN NHÂN DÂN" / "HUYỆN X": the place opens the line below the body's
            if Self.issuers.contains(where: { opens(starts[line], with: $0, before: start) })
                || start == starts[line] && line > 0 && inCapitals(m.tokens)
                    && Self.issuers.contains(where: { doc.matches($0, at: starts[line - 1]) }) {
                found = Jurisdiction(m.level, name)
                foundLine = line
            }
        }
        return found
    }

    /// Whether the line starting at `lineStart` opens with `issuer` and holds only capitalised words from
    /// there up to `place` ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH X").
    private func opens(_ lineStart: Int, with issuer: [UInt64], before place: Int) -> Bool {
        guard doc.matches(issuer, at: lineStart), lineStart + issuer.count <= place, place - lineStart <= 10 else { return false }
        return (lineStart + issuer.count..<place).allSatisfy { doc.tokens[$0].kind != .word || doc.isCapitalised($0) }
    }

    /// A letterhead's capitals ("HUYỆN YÊN LẠC"), not a dateline's "Huế, tháng 10 năm 2015".
    private func inCapitals(_ tokens: Range<Int>) -> Bool {
        let written = doc.original(tokens)
        return written == written.uppercased()
    }

    /// Where the first lines start.
    private func lineStarts() -> [Int] {
        var starts: [Int] = []
        var k = 0
        while k < doc.count, starts.count < Self.lines {
            if k == 0 || doc.tokens[k].newlineBefore { starts.append(k) }
            k += 1
        }
        return starts
    }

    private func lineEnd(from start: Int) -> Int {
        var k = start + 1
        while k < doc.count, !doc.tokens[k].newlineBefore { k += 1 }
        return k
    }

    /// The bodies that issue reports in a place's name.
    private static let issuers = [
        Lex.p("ủy ban nhân dân"), Lex.p("uỷ ban nhân dân"), Lex.p("hội đồng nhân dân"), [Lex.ubnd], [Lex.hdnd],
        Lex.p("đảng bộ"), Lex.p("tỉnh ủy"), Lex.p("tỉnh uỷ"), Lex.p("thành ủy"), Lex.p("thành uỷ"), Lex.p("huyện ủy"), Lex.p("huyện uỷ"),
        Lex.p("cục thống kê"), Lex.p("chi cục thống kê"), Lex.p("thống kê"), [Lex.w("sở")], Lex.p("ban chấp hành"),
        // a place's own portal ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X") speaks for it
        Lex.p("cổng thông tin điện tử"), Lex.p("cổng thông tin"),
    ]
}
