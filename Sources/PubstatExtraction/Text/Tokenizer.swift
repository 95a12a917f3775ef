/// A word, a number or a punctuation mark of the folded text.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    // stored widest first: 24 bytes a token instead of 32 (a bulletin holds one token per four bytes)
    /// FNV-1a of the folded bytes, for catalogue look-ups.
    var hash: UInt64
    /// Folded byte range.
    var start: Int32
    var end: Int32
    var kind: Kind
    /// A line break separates this token from the previous one.
    var newlineBefore: Bool
    /// The punctuation byte, or the first byte of a word or number.
    var first: UInt8
    /// What the token may open, by the catalogue's ``TokenFlagTable`` (in the struct's padding: still 24 bytes).
    var flags: TokenFlags

    init(kind: Kind, start: Int32, end: Int32, hash: UInt64, newlineBefore: Bool, first: UInt8, flags: TokenFlags) {
        self.hash = hash
        self.start = start
        self.end = end
        self.kind = kind
        self.newlineBefore = newlineBefore
        self.first = first
        self.flags = flags
    }
}

/// Pipeline step 3a: folded bytes to tokens in one linear pass. Numbers keep their Vietnamese
/// separators (`1.208,8`); a `.` or `,` between digits belongs to the number.
enum Tokenizer {
    /// Byte classes: 1 letter, 2 digit, 4 blank (one table load instead of range tests per byte).
    private static let classes: [UInt8] = (0..<256).map { c in
        let b = UInt8(c)
        return Folding.isLetter(b) ? 1 : Folding.isDigit(b) ? 2 : (b == 0x20 || b == 0x0A || b == 0x09) ? 4 : 0
    }

    /// `flags` gives each token its ``Token/flags`` (the empty table: none but ``TokenFlags/notWord``).
    static func tokenize(_ text: FoldedText, flags: TokenFlagTable = .empty) -> [Token] {
        let n = text.bytes.count
        var i = 0
        var newline = true
        // about one token per four bytes: written straight into storage for n/3 + 64 of them (no
        // initialising, no per-token capacity check); a denser text goes on in further blocks
        return flags.withStorage { keys, values, mask in
            var tokens = [Token](unsafeUninitializedCapacity: n / 3 + 64) { out, count in
                count = scan(text.bytes, from: &i, newline: &newline, into: out, keys, values, mask)
            }
            while i < n {
                tokens += [Token](unsafeUninitializedCapacity: (n - i) / 3 + 64) { out, count in
                    count = scan(text.bytes, from: &i, newline: &newline, into: out, keys, values, mask)
                }
            }
            return tokens
        }
    }

    /// Tokens of `bytes` from `i` on, written to `out` until the text or `out` ends; returns how many.
    private static func scan(_ bytes: [UInt8], from i: inout Int, newline: inout Bool, into out: UnsafeMutableBufferPointer<Token>,
                             _ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt8>, _ mask: Int) -> Int {
        let n = bytes.count
        // (every number has the same hash, so the same flags)
        let numberFlags = TokenFlagTable.flags(0xcbf29ce484222325, keys, values, mask) | TokenFlags.notWord.rawValue
        let capacity = out.count
        var count = 0
        let rise = Self.riseHash, fall = Self.fallHash
        Self.classes.withUnsafeBufferPointer { cls in
            bytes.withUnsafeBufferPointer { b in
                while i < n, count < capacity {
                    let c = b[i]
                    let k = cls[Int(c)]
                    if k == 4 {
                        if c == 0x0A { newline = true }
                        i += 1
                        continue
                    }
                    let start = i
                    var hash: UInt64 = 0xcbf29ce484222325
                    let kind: Token.Kind
                    var flags: UInt8
                    if k == 1 {
                        // ("ước đạt16.743 tỷ đồng": a Vietnamese syllable, with a letter outside ASCII, never runs on into
                        // digits; "m2", "CO2", "F0" do)
                        var vietnamese = false
                        while i < n {
                            let d = b[i]
                            let dk = cls[Int(d)]
                            guard dk & 3 != 0, dk == 1 || !vietnamese else { break }
                            if d >= 0x80 { vietnamese = true }
                            // ("uớc đạt", "nuớc": a horn left off the u of "ươ" before a final consonant, where no
                            // syllable has "uơ", reads as "ươ")
                            let letter = d == 0x75 && i + 2 < n && b[i + 1] == Folding.oHorn && Self.isCoda(b[i + 2]) ? Folding.uHorn : d
                            hash = (hash ^ UInt64(letter)) &* 0x100000001b3
                            i += 1
                        }
                        kind = .word
                        flags = TokenFlagTable.flags(hash, keys, values, mask)
                    } else if k == 2 {
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
                        flags = numberFlags
                    } else if c == Folding.rise || c == Folding.fall {
                        // "GRDP ↑ 6,45%", "Dịch vụ ↓ 0,6%": an infographic's arrows read as the words they stand for
                        hash = c == Folding.rise ? rise : fall
                        i += 1
                        kind = .word
                        flags = TokenFlagTable.flags(hash, keys, values, mask)
                    } else {
                        hash = (hash ^ UInt64(c)) &* 0x100000001b3
                        i += 1
                        kind = .punct
                        flags = TokenFlagTable.flags(hash, keys, values, mask) | TokenFlags.notWord.rawValue
                    }
                    out[count] = Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i),
                                       hash: hash, newlineBefore: newline, first: c, flags: TokenFlags(rawValue: flags))
                    count += 1
                    newline = false
                }
            }
        }
        return count
    }

    /// The hashes an arrow up and an arrow down take: those of "tăng" and "giảm".
    private static let riseHash = hash(Folding.fold("tăng")), fallHash = hash(Folding.fold("giảm"))

    /// A final consonant's first letter: c, m, n, p, t.
    @inline(__always)
    private static func isCoda(_ b: UInt8) -> Bool { b == 0x63 || b == 0x6D || b == 0x6E || b == 0x70 || b == 0x74 }

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
