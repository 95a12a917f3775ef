/// Pipeline step 1b, repair: the artefacts that PDF text extraction leaves in Vietnamese are
/// undone in the decoded NFC text, and every change is recorded in a ``RepairMap``.
///
/// Within a word: `ƣ`/`Ƣ` for `ư`/`Ư`, tone marks split off, doubled, in the wrong order or on a
/// consonant, spacing accents (`´ ˊ ˋ ˜ ˀ`) for tones, `ð`/`Ð` for `đ`/`Đ` (see ``SyllableRepair``).
/// Alone: ligatures (`ﬁ` → `fi`), soft hyphens and zero-width characters (dropped; a zero-width
/// space between two words becomes a space), no-break spaces (a space). Everything else, including
/// every word without such a character, is copied byte for byte.
enum TextRepair {
    /// What one scalar means to the repair.
    enum Role: UInt8 {
        /// Not part of a word (digits, punctuation, spaces, symbols).
        case other
        /// A letter or mark that needs no repair.
        case letter
        /// Part of a word and damaged: the word is rebuilt.
        case damagedLetter
        /// Replaced on its own (``replacement(_:before:after:)``).
        case artefact
    }

    /// NFC text in, repaired NFC text and its map out. Clean text comes back as the same array.
    static func repair(_ utf8: [UInt8]) -> (text: [UInt8], map: RepairMap) {
        var map = RepairMap()
        var out: [UInt8] = []
        var copied = 0  // input bytes before this are in `out`
        var i = 0
        while let k = nextSuspect(in: utf8, from: i) {
            let (v, length) = scalar(utf8, at: k)
            if role(v) == .artefact {
                let before: UInt8? = k > 0 ? utf8[k - 1] : nil
                let after: UInt8? = k + length < utf8.count ? utf8[k + length] : nil
                replace(k..<k + length, with: replacement(v, before: before, after: after), from: utf8, into: &out,
                        copied: &copied, map: &map)
                i = k + length
                continue
            }
            // the whole word around a damaged letter is rebuilt
            let word = wordStart(in: utf8, before: k, notBefore: copied)..<wordEnd(in: utf8, from: k)
            let text = String(decoding: utf8[word], as: UTF8.self)
            let repaired = Array(String(String.UnicodeScalarView(SyllableRepair.repair(Array(text.unicodeScalars)))).utf8)
            if !repaired.elementsEqual(utf8[word]) {
                replace(word, with: repaired, from: utf8, into: &out, copied: &copied, map: &map)
            }
            i = word.upperBound
        }
        guard !map.isIdentity else { return (utf8, map) }
        out.append(contentsOf: utf8[copied...])
        return (out, map)
    }

    /// ``repair(_:)`` of a text in which the only characters to repair are no-break spaces (see
    /// ``ByteProfile/mayNeedOtherRepair``): each becomes a space, as there. Their lead byte 0xC2 is rare in
    /// Vietnamese text, so the search is one compare a byte instead of a look-up per character.
    static func replaceNoBreakSpaces(_ utf8: [UInt8]) -> (text: [UInt8], map: RepairMap) {
        var map = RepairMap()
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        let n = utf8.count
        while i < n {
            i = nextByte(0xC2, in: utf8, from: i)
            guard i + 1 < n else { break }
            if utf8[i + 1] == 0xA0 {
                replace(i..<i + 2, with: [0x20], from: utf8, into: &out, copied: &copied, map: &map)
            }
            i += 2
        }
        guard !map.isIdentity else { return (utf8, map) }
        out.append(contentsOf: utf8[copied...])
        return (out, map)
    }

    /// The index of the next `byte` in `utf8` from `start` on, or `utf8.count`: eight bytes at a time
    /// (a word compared with the byte repeated, the zero-byte test), only whole words inside the array.
    static func nextByte(_ byte: UInt8, in utf8: [UInt8], from start: Int) -> Int {
        utf8.withUnsafeBytes { raw in
            let n = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let pattern = ones &* UInt64(byte)
            var k = start
            while k + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) ^ pattern
                if (x &- ones) & ~x & (ones << 7) != 0 { break }
                k += 8
            }
            while k < n, raw[k] != byte { k += 1 }
            return k
        }
    }

    /// Where the next scalar that repair acts on (a damaged letter or an artefact) starts, or nil.
    /// The hot loop: one table look-up per non-ASCII character.
    private static func nextSuspect(in utf8: [UInt8], from start: Int) -> Int? {
        table.withUnsafeBufferPointer { roles in
            utf8.withUnsafeBufferPointer { p in
                let n = p.count
                var i = start
                while i < n {
                    let b = p[i]
                    if b < 0x80 { i += 1; continue }
                    if b < 0xE0 {
                        if roles[Int(b & 0x1F) << 6 | Int(p[i + 1] & 0x3F)].rawValue >= Role.damagedLetter.rawValue { return i }
                        i += 2
                    } else if b < 0xF0 {
                        let v = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                        let r = v >= 0x1E00 && v < 0x1F00 ? roles[0x800 + Int(v - 0x1E00)] : role(v)
                        if r.rawValue >= Role.damagedLetter.rawValue { return i }
                        i += 3
                    } else {
                        i += 4
                    }
                }
                return nil
            }
        }
    }

    /// Letters and marks (not artefacts) belong to a word.
    private static func isWordPart(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        let r = role(v)
        return r == .letter || r == .damagedLetter
    }

    /// The start of the word holding the scalar at `k`, not before `floor`.
    private static func wordStart(in utf8: [UInt8], before k: Int, notBefore floor: Int) -> Int {
        var start = k
        while start > floor {
            var p = start - 1
            while p > floor, utf8[p] & 0xC0 == 0x80 { p -= 1 }
            guard isWordPart(scalar(utf8, at: p).0) else { break }
            start = p
        }
        return start
    }

    /// The end of the word holding the scalar at `k`.
    private static func wordEnd(in utf8: [UInt8], from k: Int) -> Int {
        var end = k + scalar(utf8, at: k).1
        while end < utf8.count {
            let (v, length) = scalar(utf8, at: end)
            guard isWordPart(v) else { break }
            end += length
        }
        return end
    }

    /// Copies the clean bytes before `range`, then the replacement, and records the edit.
    private static func replace(_ range: Range<Int>, with bytes: [UInt8], from utf8: [UInt8], into out: inout [UInt8],
                                copied: inout Int, map: inout RepairMap) {
        if out.isEmpty { out.reserveCapacity(utf8.count) }
        out.append(contentsOf: utf8[copied..<range.lowerBound])
        let start = out.count
        out.append(contentsOf: bytes)
        map.record(input: range, output: start..<out.count)
        copied = range.upperBound
    }

    /// The text an artefact becomes; `before` and `after` are the neighbouring bytes.
    static func replacement(_ v: UInt32, before: UInt8?, after: UInt8?) -> [UInt8] {
        switch v {
        case 0xA0, 0x202F: return [0x20]
        case 0x200B:
            // a zero-width space between two words separates them; next to a space it is noise
            let blank: (UInt8?) -> Bool = { $0 == nil || $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
            return blank(before) || blank(after) ? [] : [0x20]
        case 0xFB00: return Array("ff".utf8)
        case 0xFB01: return Array("fi".utf8)
        case 0xFB02: return Array("fl".utf8)
        case 0xFB03: return Array("ffi".utf8)
        case 0xFB04: return Array("ffl".utf8)
        case 0xFB05, 0xFB06: return Array("st".utf8)
        default: return []  // soft hyphen, zero-width joiners, word joiner, a stray byte-order mark
        }
    }

    /// The role of a non-ASCII scalar.
    @inline(__always)
    static func role(_ v: UInt32) -> Role {
        if v < 0x800 { return table[Int(v)] }
        if v >= 0x1E00 && v < 0x1F00 { return table[0x800 + Int(v - 0x1E00)] }
        switch v {
        case 0x200B, 0x200C, 0x200D, 0x202F, 0x2060, 0xFEFF, 0xFB00...0xFB06: return .artefact
        default: return .other
        }
    }

    /// Roles of U+0000–U+07FF, then of U+1E00–U+1EFF.
    private static let table: [Role] = {
        var roles = [Role](repeating: .other, count: 0x900)
        func classify(_ v: UInt32) -> Role {
            switch v {
            case 0xA0, 0xAD: return .artefact
            case 0x1A2, 0x1A3, 0xD0, 0xF0, 0x300...0x36F: return .damagedLetter
            default: break
            }
            if SyllableRepair.spacingTones[v] != nil { return .damagedLetter }
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { return .other }
            // a consonant carrying a tone mark (ń, ṇ, ś …) is a tone that slipped off its vowel
            let parts = Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars)
            if let base = parts.first, base.isASCII, !"aeiouyAEIOUY".unicodeScalars.contains(base),
               parts.dropFirst().contains(where: { SyllableRepair.tones.contains($0.value) }) {
                return .damagedLetter
            }
            return .letter
        }
        for v in 0x80..<0x800 { roles[v] = classify(UInt32(v)) }
        for v in 0x1E00..<0x1F00 { roles[0x800 + v - 0x1E00] = classify(UInt32(v)) }
        return roles
    }()

    /// Decodes the scalar at `i` of valid UTF-8.
    @inline(__always)
    static func scalar(_ utf8: [UInt8], at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(utf8[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                | UInt32(utf8[i + 3] & 0x3F), 4)
    }
}
