/// Pipeline step 3a′: numbers written in words, as a broadcast transcript or an interview gives them
/// ("bảy phẩy tám mươi tư phần trăm", "hơn mười hai nghìn một trăm tỷ đồng", "gần một triệu lượt khách").
/// Each run of number words that a unit follows becomes one number token carrying its value, so the
/// scanners after it read it like digits. A scale word closing the run stays a word when it is the
/// run's largest ("bốn trăm năm mươi | tỷ đồng"), as it would after digits.
///
/// Words fold without tone marks, so "mười" (ten) and "mươi" (tens), "một" and "mốt", "tư" (four)
/// and "từ" (from) look alike: the grammar tells them apart by position.
enum SpelledNumbers {
    /// The tokens with each licensed run merged, and the value of each merged token by its index.
    /// `tokens` carry their ``Token/flags`` from `flags` (a run opens only at a ``TokenFlags/spelledStart``),
    /// and a merged token takes its own from it.
    static func merge(_ tokens: [Token], flags: TokenFlagTable) -> (tokens: [Token], values: [Int: Double]) {
        // (most texts have none: the tokens are copied only from the first run on)
        var out: [Token]?
        var values: [Int: Double] = [:]
        // (the set read once, not through its lazy global at every token)
        let followers = Self.followers
        /// Puts one number token for `tokens[start..<end]`, worth `value`, in place of those words.
        func emit(_ value: Double, _ start: Int, _ end: Int) {
            if out == nil {
                out = Array(tokens[0..<start])
                out!.reserveCapacity(tokens.count)
            }
            let first = tokens[start]
            values[out!.count] = value
            out!.append(Token(kind: .number, start: first.start, end: tokens[end - 1].end, hash: spelledHash, newlineBefore: first.newlineBefore,
                              first: first.first, flags: TokenFlags(rawValue: flags.flags(spelledHash)).union(.notWord)))
        }
        var i = 0
        while i < tokens.count {
            // (before the first run nothing is copied: the words that cannot open one are passed in a plain loop)
            if out == nil {
                i = nextStart(tokens, from: i)
                guard i < tokens.count else { break }
            }
            let t = tokens[i]
            // "có ba xã đạt chuẩn", "có thêm tám xã": a digit word alone, counting communes, districts or products
            if let count = smallCount(at: i, tokens) {
                emit(count, i, i + 1)
                i += 1
                continue
            }
            // (a cheap look at the next word first: "năm 2024", "một số" go no further)
            guard t.kind == .word, t.flags.contains(.spelledStart), i + 1 < tokens.count, tokens[i + 1].kind != .number,
                  followers.contains(tokens[i + 1].hash) || tokens[i + 1].first == UInt8(ascii: "%"),
                  i == 0 || tokens[i - 1].kind != .number,
                  let run = Parser(tokens: tokens).number(at: i), isLicensed(run, tokens) else {
                out?.append(t)
                i += 1
                continue
            }
            emit(run.value, i, run.end)
            i = run.end
        }
        return (out ?? tokens, values)
    }

    /// The first word at or after `i` that may open a run (``starts``), else the token count.
    private static func nextStart(_ tokens: [Token], from i: Int) -> Int {
        tokens.withUnsafeBufferPointer { t in
            var k = i
            // (a word in ``starts``: its flag set, and not a number's or a mark's)
            while k < t.count, t[k].flags.rawValue & (TokenFlags.spelledStart.rawValue | TokenFlags.notWord.rawValue) != TokenFlags.spelledStart.rawValue { k += 1 }
            return k
        }
    }

    /// "có ba xã", "có thêm tám xã", "lên mười huyện": a digit word from two to ten ("năm", which is also "year", and "một",
    /// also "a", left out) between a word that introduces a count and "xã", "huyện" or "sản phẩm".
    private static func smallCount(at i: Int, _ tokens: [Token]) -> Double? {
        guard tokens[i].flags.contains(.spelledStart), i > 0, i + 2 < tokens.count, tokens[i].kind == .word, tokens[i - 1].kind == .word,
              tokens[i + 1].kind == .word,
              !tokens[i].newlineBefore, !tokens[i + 1].newlineBefore, countLeads.contains(tokens[i - 1].hash),
              let value = smallDigits[tokens[i].hash] else { return nil }
        let noun = tokens[i + 1].hash
        guard noun == Lex.xa || noun == Lex.huyen || noun == san && tokens[i + 2].hash == pham else { return nil }
        return Double(value)
    }

    private static let smallDigits: [UInt64: Int] = [
        Lex.w("hai"): 2, Lex.w("ba"): 3, Lex.w("bốn"): 4, Lex.w("sáu"): 6, Lex.w("bảy"): 7, Lex.w("tám"): 8, Lex.w("chín"): 9,
        Lex.w("mười"): 10,
    ]
    private static let countLeads = WordSet(["có", "thêm", "lên", "được", "là", "gồm", "với"].map { Lex.w($0) })
    private static let san = Lex.w("sản"), pham = Lex.w("phẩm")

    /// A unit must follow: "phần trăm" or "%", a scale word, or (after two words or more) "lượt", "đồng",
    /// "USD", "đô la". "Sau mười năm", "ba lượt" and "năm 2020" stay words.
    private static func isLicensed(_ run: Run, _ tokens: [Token]) -> Bool {
        let k = run.end
        guard k < tokens.count, !tokens[k].newlineBefore else { return false }
        let next = tokens[k]
        if next.kind == .punct { return next.first == UInt8(ascii: "%") }
        if next.hash == phan, k + 1 < tokens.count, tokens[k + 1].hash == tram { return true }
        if scales[next.hash] != nil { return true }
        return run.words >= 2 && units.contains(next.hash)
    }

    struct Run {
        var value: Double
        var end: Int
        var words: Int
    }

    /// The grammar: groups below a thousand ("hai trăm linh năm", "bốn mươi tư", "mười lăm"), each with its
    /// scale ("nghìn", "triệu", "tỷ"), and a decimal part after "phẩy" ("bảy phẩy không năm").
    private struct Parser {
        let tokens: [Token]

        func number(at start: Int) -> Run? {
            var k = start
            var total = 0.0
            // the scales met so far: how many, and the last (they fall)
            var scaleCount = 0
            var lastScale = Double.infinity
            var closingScale: Int?
            while let (group, next) = self.group(at: k) {
                var value = Double(group)
                k = next
                var decimal = false
                if word(k) == phay, let (fraction, end) = self.decimal(at: k + 1) {
                    value += fraction
                    k = end
                    decimal = true
                }
                guard var scale = scales[word(k)] else {
                    total += value
                    break
                }
                // "nghìn tỷ": a thousand billion
                var end = k + 1
                if let bigger = scales[word(end)], bigger > scale { scale *= bigger; end += 1 }
                // a scale above those before it multiplies the whole and closes the run, a word of its own:
                // "mười hai nghìn một trăm | tỷ đồng"
                guard lastScale > scale else {
                    total += value
                    closingScale = k
                    break
                }
                scaleCount += 1
                lastScale = scale
                total += value * scale
                closingScale = k
                k = end
                if decimal || self.group(at: k) == nil { break }
                closingScale = nil
            }
            // a lone scale closing the run stays a word too: "bốn trăm năm mươi | tỷ đồng", "một | triệu lượt"
            if let scaleStart = closingScale, k > scaleStart, scaleCount == 1 {
                total /= lastScale
                k = scaleStart
            }
            guard k > start else { return nil }
            return Run(value: (total * 1e6).rounded() / 1e6, end: k, words: k - start)
        }

        /// A number below a thousand at `k`, and where it ends.
        private func group(at k: Int) -> (Int, Int)? {
            guard let d = digits[word(k)] else { return word(k) == muoi ? tens(at: k) : nil }
            if word(k + 1) == tram {
                var value = d * 100
                var j = k + 2
                if word(j) == linh || word(j) == le, let u = digits[word(j + 1)], u > 0 {
                    value += u
                    j += 2
                } else if let (tens, end) = tens(at: j) {
                    value += tens
                    j = end
                }
                return (value, j)
            }
            if let (tens, end) = tens(at: k) { return (tens, end) }
            return d == 0 ? nil : (d, k + 1)
        }

        /// "bốn mươi tư", "mười lăm", "mười": tens at `k` with their units.
        private func tens(at k: Int) -> (Int, Int)? {
            if word(k) == muoi {
                guard let (u, end) = units(at: k + 1) else { return (10, k + 1) }
                return (10 + u, end)
            }
            guard let d = digits[word(k)], d >= 2, word(k + 1) == muoi else { return nil }
            guard let (u, end) = units(at: k + 2) else { return (d * 10, k + 2) }
            return (d * 10 + u, end)
        }

        /// A units digit after tens ("mốt", "tư", "lăm" too).
        private func units(at k: Int) -> (Int, Int)? {
            if let u = digits[word(k)], u > 0, word(k + 1) != muoi, word(k + 1) != tram { return (u, k + 1) }
            if word(k) == tu { return (4, k + 1) }
            if word(k) == lam { return (5, k + 1) }
            return nil
        }

        /// The decimal part after "phẩy": leading "không"s, then a group ("bảy phẩy không năm" = 7,05).
        private func decimal(at k: Int) -> (Double, Int)? {
            var j = k
            var zeros = 0
            while word(j) == khong { zeros += 1; j += 1 }
            guard let (group, end) = group(at: j) else { return nil }
            let width = String(group).count + zeros
            var scale = 1.0
            for _ in 0..<width { scale *= 10 }
            return (Double(group) / scale, end)
        }

        private func word(_ k: Int) -> UInt64 {
            k < tokens.count && tokens[k].kind == .word && (k == 0 || !tokens[k].newlineBefore) ? tokens[k].hash : 0
        }
    }

    private static let digits: [UInt64: Int] = [
        Lex.w("không"): 0, Lex.w("một"): 1, Lex.w("hai"): 2, Lex.w("ba"): 3, Lex.w("bốn"): 4, Lex.w("năm"): 5,
        Lex.w("sáu"): 6, Lex.w("bảy"): 7, Lex.w("tám"): 8, Lex.w("chín"): 9,
    ]
    private static let scales: [UInt64: Double] = [
        Lex.w("nghìn"): 1e3, Lex.w("ngàn"): 1e3, Lex.w("triệu"): 1e6, Lex.w("tỷ"): 1e9, Lex.w("tỉ"): 1e9,
    ]
    /// Words a run may open with: a digit other than zero, or "mười".
    /// (In every catalogue's ``TokenFlagTable``, as ``TokenFlags/spelledStart``.)
    static let starts: [UInt64] = digits.filter { $0.value > 0 }.map(\.key) + [Lex.w("mười")]
    /// Words that may come second in a run or close a one-word run: digits, tens, hundreds, scales,
    /// "linh", "lẻ", "phẩy", "phần" (trăm), "mốt", "tư", "lăm".
    private static let followers = WordSet(Array(digits.keys) + Array(scales.keys)
        + ["mười", "trăm", "linh", "lẻ", "phẩy", "phần", "tư", "lăm"].map { Lex.w($0) })
    private static let units = WordSet([Lex.w("lượt"), Lex.w("đồng"), Lex.w("USD"), Lex.w("đô")])
    private static let muoi = Lex.w("mười"), tram = Lex.w("trăm"), linh = Lex.w("linh"), le = Lex.w("lẻ"), tu = Lex.w("tư")
    private static let lam = Lex.w("lăm"), phay = Lex.w("phẩy"), khong = Lex.w("không"), phan = Lex.w("phần")
    /// The hash a merged token carries: no word's.
    static let spelledHash: UInt64 = 0x5350_454C_4C45_4431
}
