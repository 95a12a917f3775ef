import PubstatModel

/// A newspaper's masthead names the city or province it writes about.
extension DocumentSubject {
    /// A newspaper's masthead that names a place ("SÀI GÒN GIẢI PHÓNG ONLINE" as one of the first lines, or
    /// "(SGGP) –", "BBK -" opening a paragraph near the top).
    static func masthead(_ doc: Document, _ gazetteer: Gazetteer) -> Jurisdiction? {
        var lines = 0
        var k = 0
        while k < doc.count, lines < 12 {
            if k == 0 || doc.tokens[k].newlineBefore {
                lines += 1
                let start = doc.isPunct(k, "(") ? k + 1 : k
                // ("(kontumtv.vn) – Theo …": a station's or paper's address in brackets opening a line)
                if start > k, let portal = bracketedAddress(doc, from: start, gazetteer) { return portal }
                if let m = gazetteer.mastheads.longestMatch(in: doc.tokens, at: start, limit: min(doc.count, start + 8)) {
                    let closed = start == k || doc.isPunct(m.end, ")")
                    let ends = m.end >= doc.count || doc.tokens[m.end].newlineBefore || doc.isWord(m.end, Self.online)
                    // ("BBK - Sáng 30.6, …": a newsroom's mark opening a line before a dash, brackets or none)
                    let dashed = doc.isPunct(m.end, "-") || doc.isPunct(m.end, "–")
                    if start > k ? closed : ends && lines <= 3 || dashed { return m.payload[0] }
                }
            }
            k += 1
        }
        return nil
    }

    private static let online = Lex.w("online")

    /// The province of a web address written alone in brackets from `start` ("kontumtv.vn)"), by the portal rules.
    private static func bracketedAddress(_ doc: Document, from start: Int, _ gazetteer: Gazetteer) -> Jurisdiction? {
        guard let close = (start..<min(doc.count, start + 8)).first(where: { doc.isPunct($0, ")") }), close > start + 2 else { return nil }
        let text = doc.original(start..<close).filter { !$0.isWhitespace }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
              let top = labels.last, Self.topLevels.contains(top.lowercased()) else { return nil }
        return gazetteer.province(matchingHost: text)
    }
    private static let topLevels: Set<String> = ["vn", "com", "net", "org"]
}
