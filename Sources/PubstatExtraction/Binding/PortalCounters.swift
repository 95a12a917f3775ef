import PubstatModel

/// The visitor counter in a portal page's footer ("Thống kê truy cập": Hôm nay / Hôm qua /
/// Tháng MM / Năm YYYY / Tổng số), with the month the page was captured and the portal's site.
struct PortalCounters {
    let doc: Document
    let catalogue: Catalogue

    /// The first `*.gov.vn`-like host named in the text, without `www.`; else the domain of the first
    /// such e-mail address (a footer's "Email: congthongtin@phuyen.gov.vn").
    func portal() -> String? {
        portal(inEmail: false) ?? portal(inEmail: true)
    }

    private func portal(inEmail: Bool) -> String? {
        let bytes = doc.text.bytes
        var i = 0
        let suffix = Array(".gov.vn".utf8)
        // (each ".gov.vn" found by memmem, not byte by byte)
        while let at = doc.text.firstIndex(of: suffix, from: i) {
            i = at
            var start = i
            while start > 0, isHostByte(bytes[start - 1]) { start -= 1 }
            if start < i, i + suffix.count >= bytes.count || !isHostByte(bytes[i + suffix.count]) || bytes[i + suffix.count] == UInt8(ascii: ".") {
                var host = String(decoding: bytes[start..<(i + suffix.count)], as: UTF8.self)
                if host.hasPrefix("www.") { host.removeFirst(4) }
                if (start > 0 && bytes[start - 1] == UInt8(ascii: "@")) == inEmail { return host }
            }
            i += 1
        }
        return nil
    }

    private func isHostByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    private typealias Row = (indicator: Indicator, label: Int?, value: Double, tokens: Range<Int>)

    /// The counter's rows after its heading ("Hôm nay: 4.218", "Tháng 1/2025: 38.402"), and the year a
    /// month row states.
    private func rows(after start: Int) -> ([Row], Int?) {
        var rows: [Row] = []
        var monthYear: Int?
        var i = start
        let limit = min(doc.count, i + 60)
        while i < limit {
            guard let m = catalogue.counterLabels.longestMatch(in: doc.tokens, at: i, limit: limit) else { i += 1; continue }
            var j = m.end
            var label: Int?
            if let n = doc.integer(j), !doc.isPunct(j, ":") { label = n; j += 1 }
            if label != nil, doc.isPunct(j, "/"), let y = doc.integer(j + 1), PeriodScanner.isYear(y) {
                if m.payload[0] == .portalVisitsMonth { monthYear = y }
                j += 2
            }
            if doc.isPunct(j, ":") { j += 1 }
            // (a label may be the bulletin's last token: no value after it; nor is a date on the next line a value:
            // "… 6 tháng đầu năm 2020⏎10/07/2020")
            guard j < doc.count, !doc.tokens[j].newlineBefore, !doc.isPunct(j + 1, "/"),
                  let value = Self.commaGrouped(doc.bytes(j)) ?? doc.number(j) else { i = m.end; continue }
            rows.append((m.payload[0], label, value, i..<(j + 1)))
            i = j + 1
        }
        return (rows, monthYear)
    }

    /// A counter written with commas between groups of three digits (`31,458`, `3,208,994`): visits are whole,
    /// so the commas group thousands here, not decimals.
    static func commaGrouped(_ bytes: ArraySlice<UInt8>) -> Double? {
        let groups = bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }) else { return nil }
        return Double(String(decoding: groups.joined(), as: UTF8.self))
    }

    /// Whether the first label of `host` spells `place`'s name (`tuyphuoc.…` for Tuy Phước).
    static func hostNames(_ host: String, _ place: Jurisdiction) -> Bool {
        let slug = Gazetteer.asciiSpelling(place.name).lowercased().filter { $0.isLetter }
        return host.lowercased().split(separator: ".").first.map { String($0) == slug } ?? false
    }

    /// - Parameter captureMonth: the month the page was published or archived: the month of a "Tháng này"
    ///   row and the year of a "Năm nay" row, which name neither.
    /// - Parameter sourceHost: the host of the page the text was taken from: the portal when the text names none.
    func figures(subject: Jurisdiction?, provinces: (String) -> Jurisdiction?, fallbackYear: Int?, captureMonth: YearMonth? = nil,
                 sourceHost: String? = nil) -> [Figure] {
        // the last heading of the page with counters under it (the footer's; "Tổng lượt truy cập: …" inside
        // the counter is a row, not a heading); the first word's hash before the whole phrase: this looks at
        // every token of the bulletin
        let headers = catalogue.counterHeaders.filter { !$0.isEmpty }
        let firstWords = headers.map { $0[0] }
        var found: (rows: [Row], monthYear: Int?) = ([], nil)
        var k = doc.count - 1
        while k >= 0, found.rows.isEmpty {
            // (the first word's hash before any phrase: most tokens open no heading, and cost no allocation)
            if firstWords.contains(doc.tokens[k].hash),
               let header = headers.filter({ doc.matches($0, at: k) }).max(by: { $0.count < $1.count }) {
                found = rows(after: k + header.count)
            }
            k -= 1
        }
        let (rows, monthYear) = found
        guard !rows.isEmpty else { return [] }
        let thisMonth = rows.contains { $0.indicator == .portalVisitsMonth && $0.label == nil } ? captureMonth : nil
        let year = rows.first { $0.0 == .portalVisitsYear }?.1 ?? monthYear ?? thisMonth?.year ?? fallbackYear
        let month = rows.first { $0.0 == .portalVisitsMonth }?.1 ?? thisMonth?.month
        let captured = year.flatMap { y in month.flatMap { YearMonth(year: y, month: $0) } }
        // ("hanam.gso.gov.vn" in the sidecar's address when the footer names no host)
        let site = portal() ?? sourceHost.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }.flatMap { $0.hasSuffix(".gov.vn") ? $0 : nil }
        var owner = site.flatMap { provinces($0) } ?? subject
        // "tuyphuoc.binhdinh.gov.vn" on a district's page: the district's own site under its province's portal
        if let subject, subject.level == .district, let site, Self.hostNames(site, subject) { owner = subject }
        guard let owner else { return [] }
        return rows.map { indicator, label, value, tokens in
            var f = Figure(indicator: indicator, value: value, unit: .visits, jurisdiction: owner, quote: doc.original(tokens))
            f.source = SourceSpan(start: doc.byteSpan(tokens).lowerBound, end: doc.byteSpan(tokens).upperBound)
            f.captured = captured
            f.portal = site
            if indicator == .portalVisitsMonth, let captured { f.period = Period(.month(captured)) }
            if indicator == .portalVisitsYear { f.period = (label ?? captured?.year).map { Period(.year($0)) } }
            return f
        }
    }
}
