/// A tokenised bulletin with its sentences: the structure every later step walks.
/// A class (it never changes once built): every scanner, reader and rule holds it, and a copy of a
/// reference retains one object, where a copy of the struct retained its seven arrays.
final class Document: Sendable {
    let text: FoldedText
    let tokens: [Token]
    /// Token ranges of sentences (split at `.`, `!`, `?` and line breaks).
    let sentences: [Range<Int>]
    /// The sentences that write their numbers the English way (`128,930.5`, `18.5%`) and never the
    /// Vietnamese way: there `7,280` is seven thousand, not seven.
    let englishNumberSentences: [Range<Int>]

    /// The values of numbers written in words, by token index (``SpelledNumbers``).
    let spelledValues: [Int: Double]

    /// `flags` must be the catalogue's that reads the document (its tokens' ``Token/flags`` are what its
    /// scanners and binder test).
    init(text: FoldedText, flags: TokenFlagTable = Catalogue.shared.tokenFlags) {
        self.text = text
        let (tokens, spelled) = SpelledNumbers.merge(Tokenizer.tokenize(text, flags: flags), flags: flags)
        self.tokens = tokens
        self.spelledValues = spelled
        var sentences: [Range<Int>] = []
        // (an archive's " date 2025-08" before the first line's words is a sentence of its own: "date 2025-08 7 tháng đầu
        // năm, Phú Quốc có …" opens with its period)
        let archiveEnd = Document.archiveMarkerEnd(tokens, text)
        if archiveEnd > 0 { sentences.append(0..<archiveEnd) }
        var start = archiveEnd
        // (a plain loop over the storage, reading the two fields it tests: not a copy of every token)
        tokens.withUnsafeBufferPointer { all in
            var i = archiveEnd
            var lineStart = 0
            while i < all.count {
                defer { i += 1 }
                // an unpunctuated run (a 10 MB line) is cut so sentence-local work stays bounded
                if (all[i].newlineBefore && i > start && !Document.continuesLabel(tokens, text, at: i, lineStart: start)
                    && !Document.wrapsLine(tokens, text, at: i, lineStart: lineStart)
                    && !Document.namesValueAbove(tokens, text, at: i, lineStart: start)) || i - start >= Document.maxSentenceTokens {
                    sentences.append(start..<i)
                    start = i
                }
                if all[i].newlineBefore { lineStart = i }
                // (only a mark ends a sentence: words and numbers, most tokens, go no further)
                guard all[i].kind == .punct else { continue }
                let first = all[i].first
                if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?"),
                   !Document.isAbbreviationDot(tokens, i) {
                    sentences.append(start..<(i + 1))
                    start = i + 1
                } else if Document.isBylineDash(tokens, i), i + 1 > start {
                    // "(QNO) - Tổng số …": a newspaper's byline opens the article after its headline
                    sentences.append(start..<(i + 1))
                    start = i + 1
                }
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        self.sentences = sentences
        self.englishNumberSentences = Document.englishNumberSentences(tokens, text, sentences)
    }

    /// The token after an archive's ` date YYYY-MM` or ` date YYYY-MM-DD` opening the text, when words follow it on
    /// the same line; else 0.
    private static func archiveMarkerEnd(_ tokens: [Token], _ text: FoldedText) -> Int {
        func dash(_ k: Int) -> Bool { tokens[k].kind == .punct && tokens[k].first == UInt8(ascii: "-") }
        guard tokens.count > 6, tokens[0].kind == .word, tokens[0].hash == Lex.date, tokens[1].kind == .number, dash(2),
              tokens[3].kind == .number else { return 0 }
        let end = dash(4) && tokens[5].kind == .number ? 6 : 4
        return tokens[end].newlineBefore ? 0 : end
    }

    private static func englishNumberSentences(_ tokens: [Token], _ text: FoldedText, _ sentences: [Range<Int>]) -> [Range<Int>] {
        sentences.filter { sentence in
            var english = false, vietnamese = false
            for i in sentence where tokens[i].kind == .number {
                let bytes = text.bytes[Int(tokens[i].start)..<Int(tokens[i].end)]
                // (the style first: most numbers have none, and then need no parsing)
                guard let style = VietnameseNumber.style(of: bytes), VietnameseNumber.parse(bytes) != nil else { continue }
                switch style {
                case .english: english = true
                case .vietnamese: vietnamese = true
                }
            }
            return english && !vietnamese
        }
    }

    static let maxSentenceTokens = 400

    /// The index of the sentence holding token `t` (the sentence count past the end).
    func sentenceIndex(of t: Int) -> Int {
        Timeline.partitionPoint(sentences.count) { sentences[$0].upperBound <= t }
    }

    /// Whether a period starting at token `t` (its "năm") follows "ước (tính) cả" / "dự kiến cả": an estimate for
    /// the whole year ("Ước tính cả năm 2020, …").
    func estimatesWholeYear(at t: Int) -> Bool {
        guard isWord(t - 1, Lex.ca) else { return false }
        return isWord(t - 2, Self.uoc) || isWord(t - 3, Self.uoc) || matchesBefore(Self.duKien, t - 1)
    }
    private static let uoc = Lex.w("ước"), duKien = Lex.p("dự kiến")

    /// Whether a quantity stands between token `t` and the end of its sentence.
    func sentenceHasNumber(after t: Int, quantities: [Quantity]) -> Bool {
        let s = sentenceIndex(of: t)
        guard s < sentences.count else { return false }
        let q = Timeline.partitionPoint(quantities.count) { quantities[$0].tokens.lowerBound < t }
        return q < quantities.count && quantities[q].tokens.lowerBound < sentences[s].upperBound
    }

    /// Whether the sentence holding token `t` contains one of `quantities` (sorted by position).
    func sentenceHasNumber(containing t: Int, quantities: [Quantity]) -> Bool {
        let s = Timeline.partitionPoint(sentences.count) { sentences[$0].upperBound <= t }
        guard s < sentences.count else { return false }
        let sentence = sentences[s]
        let q = Timeline.partitionPoint(quantities.count) { quantities[$0].tokens.lowerBound < sentence.lowerBound }
        return q < quantities.count && quantities[q].tokens.lowerBound < sentence.upperBound
    }

    /// An infobox's value line ("GRDP tỉnh X (2019)" / "14.782 tỷ VNĐ"): a line that opens with a
    /// number right after a short label line with no number of its own keeps the label's sentence.
    static func continuesLabel(_ tokens: [Token], _ text: FoldedText, at i: Int, lineStart: Int) -> Bool {
        guard tokens[i].kind == .number, i - lineStart <= 10 else { return false }
        var k = lineStart
        while k < i {
            if tokens[k].kind == .number, !(k > 0 && tokens[k - 1].first == UInt8(ascii: "(")) { return false }
            if tokens[k].kind == .punct, tokens[k].first == UInt8(ascii: ".") || tokens[k].first == UInt8(ascii: ":") && k < i - 1 { return false }
            k += 1
        }
        // the value line is short: a number and its unit
        var end = i + 1
        while end < tokens.count, !tokens[end].newlineBefore { end += 1 }
        // (nor is it the label's when the line after it names it: "Con số ấn tượng⏎69/101⏎Là số xã …")
        return end - i <= 5 && !(end < tokens.count && namesValueAbove(tokens, text, at: end, lineStart: i))
    }

    /// An info box's figure: a line that holds only a value ("69/101", "14,5"), then a line that names it
    /// ("Là số xã đạt chuẩn nông thôn mới"). The two lines are one sentence.
    static func namesValueAbove(_ tokens: [Token], _ text: FoldedText, at i: Int, lineStart: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].hash == Lex.la, i - lineStart <= 4, tokens[lineStart].kind == .number,
              text.original(Int(tokens[i].start)..<Int(tokens[i].end)) == "Là" else { return false }
        return tokens[lineStart..<i].allSatisfy { t in
            t.kind == .number || t.kind == .punct && (t.first == UInt8(ascii: "/") || t.first == UInt8(ascii: "%"))
        }
    }

    /// A paragraph a PDF's text wraps at the page's width ("Tổng mức bán lẻ … đạt⏎34.285 tỷ đồng", "Doanh thu bán⏎lẻ
    /// hàng hóa"): a long line (`lineStart` to `i`) with no mark at its end, then a line that opens in lower case,
    /// with a number after a word that asks for one, or with a number in brackets.
    static func wrapsLine(_ tokens: [Token], _ text: FoldedText, at i: Int, lineStart: Int) -> Bool {
        guard i - lineStart >= 8, tokens[i - 1].kind != .punct || tokens[i - 1].first == UInt8(ascii: ",") else { return false }
        switch tokens[i].kind {
        case .word: return !text.isUpper(Int(tokens[i].start))
        case .number: return tokens[i - 1].kind == .word && valueVerbs.contains(tokens[i - 1].hash)
        // ("… so với quý IV năm trước⏎(+5,8%) do …": a bracketed number goes on with the line above)
        case .punct:
            guard tokens[i].first == UInt8(ascii: "("), i + 2 < tokens.count else { return false }
            let signed = tokens[i + 1].kind == .punct && (tokens[i + 1].first == UInt8(ascii: "+") || tokens[i + 1].first == UInt8(ascii: "-"))
            return tokens[signed ? i + 2 : i + 1].kind == .number
        }
    }

    /// Words a value follows: "đạt", "là", "tăng", "giảm", "có", "ước", "khoảng", "gần", "hơn", "trên".
    private static let valueVerbs = WordSet(["đạt", "là", "tăng", "giảm", "có", "ước", "khoảng", "gần", "hơn", "trên"].map(Lex.w))

    /// Abbreviations written with a dot before a name: "TP. Hồ Chí Minh", "TX. Sa Pa", "TT. Phong Thổ".
    static let dottedAbbreviations = WordSet([Lex.tp, Lex.w("TX"), Lex.w("TT"), Lex.w("Tp")])

    /// A dot that ends no sentence: one glued to the next word ("TP.HCM", "TP.Đà Nẵng", "baoquangnam.vn")
    /// or one after an abbreviation of a level of government.
    static func isAbbreviationDot(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].first == UInt8(ascii: "."), i + 1 < tokens.count else { return false }
        if tokens[i + 1].kind == .word, tokens[i + 1].start == tokens[i].end, !tokens[i + 1].newlineBefore { return true }
        return i > 0 && tokens[i - 1].kind == .word && dottedAbbreviations.contains(tokens[i - 1].hash) && tokens[i + 1].kind == .word
    }

    /// A dash right after a bracketed word: the byline of a newspaper ("(QNO) -", "(Chinhphu.vn) -").
    static func isBylineDash(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 3, tokens[i].kind == .punct, tokens[i].first == UInt8(ascii: "-"),
              tokens[i - 1].kind == .punct, tokens[i - 1].first == UInt8(ascii: ")") else { return false }
        var k = i - 2
        while k > 0, i - k <= 5, tokens[k].kind != .punct || tokens[k].first == UInt8(ascii: ".") { k -= 1 }
        // (a newsroom's mark is capitalised: "(QNO) -", not "Nam Định (cũ) –")
        let firstLetter = tokens[k + 1].first
        return tokens[k].kind == .punct && tokens[k].first == UInt8(ascii: "(") && k < i - 2
            && !(firstLetter >= UInt8(ascii: "a") && firstLetter <= UInt8(ascii: "z"))
    }

    var count: Int { tokens.count }

    /// `i` is a token index: one unsigned compare (a negative index wraps past every count), the one the
    /// subscript's own bounds check makes, so the compiler can share it.
    @inline(__always) private func isToken(_ i: Int) -> Bool { UInt(bitPattern: i) < UInt(bitPattern: tokens.count) }

    @inline(__always) func hash(_ i: Int) -> UInt64 { isToken(i) ? tokens[i].hash : 0 }

    @inline(__always) func isWord(_ i: Int, _ h: UInt64) -> Bool {
        isToken(i) && tokens[i].kind == .word && tokens[i].hash == h
    }

    /// `c` is an ASCII mark; a `Unicode.Scalar` literal compiles to its byte, with no `Character` work.
    @inline(__always) func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        isToken(i) && tokens[i].kind == .punct && tokens[i].first == UInt8(truncatingIfNeeded: c.value)
    }

    @inline(__always) func isNumber(_ i: Int) -> Bool { isToken(i) && tokens[i].kind == .number }

    /// The first word at or after token `start` whose hash is `h`: a plain loop over the tokens' storage, for a
    /// bulletin-wide search of a word.
    func nextWord(_ h: UInt64, from start: Int) -> Int? {
        tokens.withUnsafeBufferPointer { t in
            var k = max(start, 0)
            while k < t.count {
                if t[k].hash == h, t[k].kind == .word { return k }
                k += 1
            }
            return nil
        }
    }

    /// The first token at or after `i` that is not a word without `flag` (a mark, a number, or a word that may
    /// open what `flag` says; the token count if none), and whether a line broke before a token passed on the
    /// way: a scanner's plain loop over the words that open nothing it looks for, one test a token.
    func skipWords(notFlagged flag: TokenFlags, from i: Int) -> (next: Int, newline: Bool) {
        let stop = flag.union(.notWord).rawValue
        return tokens.withUnsafeBufferPointer { t in
            var k = max(i, 0)
            var newline = false
            while k < t.count, t[k].flags.rawValue & stop == 0 {
                if t[k].newlineBefore { newline = true }
                k += 1
            }
            return (k, newline)
        }
    }

    /// The first word at or after `i` with `flag` (the token count if none): a plain loop, one test a token.
    func nextWord(flagged flag: TokenFlags, from i: Int) -> Int {
        let mask = flag.union(.notWord).rawValue
        return tokens.withUnsafeBufferPointer { t in
            var k = max(i, 0)
            while k < t.count, t[k].flags.rawValue & mask != flag.rawValue { k += 1 }
            return k
        }
    }

    /// True when the tokens at `i` spell `phrase`.
    /// Inlined, the first word decides most asks without a call (rules ask this at every other token).
    @inline(__always)
    func matches(_ phrase: [UInt64], at i: Int) -> Bool {
        if isToken(i), let first = phrase.first, tokens[i].hash != first { return false }
        return matchesWhole(phrase, at: i)
    }

    @inline(never)
    private func matchesWhole(_ phrase: [UInt64], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= tokens.count else { return false }
        for (k, h) in phrase.enumerated() where tokens[i + k].hash != h || tokens[i + k].kind == .number { return false }
        return true
    }

    /// Whether `phrase` starts at some token of `range` (what `range.contains { matches(phrase, at: $0) }` finds): the
    /// first word compared in one plain loop over the tokens' storage, the rest matched only where the first stands.
    /// (Rules ask this of whole sentences: the closure per token, and the phrase read anew each time, cost more.)
    func contains(_ phrase: [UInt64], in range: Range<Int>) -> Bool {
        guard let first = phrase.first else { return range.contains { matches(phrase, at: $0) } }
        // (a token outside the document starts no phrase: `matches` says false there)
        let lower = max(range.lowerBound, 0), upper = min(range.upperBound, tokens.count)
        guard lower < upper else { return false }
        return tokens.withUnsafeBufferPointer { t in
            for k in lower..<upper where t[k].hash == first && matchesWhole(phrase, at: k) { return true }
            return false
        }
    }

    /// True when `phrase` ends right before token `i`.
    func matchesBefore(_ phrase: [UInt64], _ i: Int) -> Bool { matches(phrase, at: i - phrase.count) }

    /// Folded bytes of a token.
    func bytes(_ i: Int) -> ArraySlice<UInt8> { text.bytes[Int(tokens[i].start)..<Int(tokens[i].end)] }

    /// A token that starts with an uppercase letter.
    func isCapitalised(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && text.isUpper(Int(tokens[i].start))
    }

    /// The NFC text of tokens `range`.
    func original(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text.original(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// UTF-8 byte span of tokens `range` in the NFC text.
    func byteSpan(_ range: Range<Int>) -> Range<Int> {
        text.byteRange(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// A plain integer token (digits only), e.g. a year or a day.
    /// Reads the folded bytes in place: no slice, no retain (the scanners ask this of most numbers, often twice).
    /// Inlined, a token that is no number costs no call.
    @inline(__always)
    func integer(_ i: Int) -> Int? { isNumber(i) ? digits(i) : nil }

    @inline(never)
    private func digits(_ i: Int) -> Int? {
        let start = Int(tokens[i].start), end = Int(tokens[i].end)
        guard end - start <= 9 else { return nil }
        var v = 0
        for k in start..<end {
            let c = text.bytes[k]
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    /// A number token read the Vietnamese way: `.` groups thousands, `,` marks decimals.
    func number(_ i: Int) -> Double? {
        guard isNumber(i) else { return nil }
        if !spelledValues.isEmpty, let spelled = spelledValues[i] { return spelled }
        let written = bytes(i)
        if !englishNumberSentences.isEmpty, VietnameseNumber.style(of: written) == nil,
           englishNumberSentences.contains(where: { $0.contains(i) }), let whole = VietnameseNumber.parseEnglishGrouping(written) {
            return whole
        }
        return VietnameseNumber.parse(written)
    }
}
