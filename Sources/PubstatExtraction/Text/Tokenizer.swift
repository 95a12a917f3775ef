/// A word, a number or a punctuation mark of the folded text.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    var kind: Kind
    /// Folded byte range.
    var start: Int32
    var end: Int32
    /// FNV-1a of the folded bytes, for catalogue look-ups.
    var hash: UInt64
    /// A line break separates this token from the previous one.
    var newlineBefore: Bool
    /// The punctuation byte, or the first byte of a word or number.
    var first: UInt8
}

/// Pipeline step 3a: folded bytes to tokens in one linear pass. Numbers keep their Vietnamese
/// separators (`1.208,8`); a `.` or `,` between digits belongs to the number.
enum Tokenizer {
    static func tokenize(_ text: FoldedText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.bytes.count / 4)
        text.bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            var newline = true
            while i < n {
                let c = b[i]
                if c == 0x20 || c == 0x0A || c == 0x09 {
                    if c == 0x0A { newline = true }
                    i += 1
                    continue
                }
                let start = i
                var hash: UInt64 = 0xcbf29ce484222325
                let kind: Token.Kind
                if Folding.isLetter(c) {
                    while i < n, Folding.isLetter(b[i]) || Folding.isDigit(b[i]) {
                        hash = (hash ^ UInt64(b[i])) &* 0x100000001b3
                        i += 1
                    }
                    kind = .word
                } else if Folding.isDigit(c) {
                    while i < n {
                        let d = b[i]
                        if Folding.isDigit(d) {
                            i += 1
                        } else if (d == 46 || d == 44), i + 1 < n, Folding.isDigit(b[i + 1]) {
                            i += 1
                        } else {
                            break
                        }
                    }
                    kind = .number
                } else {
                    hash = (hash ^ UInt64(c)) &* 0x100000001b3
                    i += 1
                    kind = .punct
                }
                tokens.append(Token(kind: kind, start: Int32(start), end: Int32(i), hash: hash, newlineBefore: newline, first: c))
                newline = false
            }
        }
        return tokens
    }

    /// Hash of a folded word as ``Token/hash`` computes it.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        return hash
    }

    /// The folded words of a phrase written in ordinary Vietnamese, as token hashes.
    static func phrase(_ text: String) -> [UInt64] {
        let folded = FoldedText(utf8: Array(text.precomposedUTF8))
        return tokenize(folded).map(\.hash)
    }
}

extension String {
    /// NFC UTF-8 bytes.
    var precomposedUTF8: [UInt8] { TextNormaliser.nfc(Array(utf8)) }
}
