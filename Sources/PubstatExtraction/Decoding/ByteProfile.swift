/// What one pass over a file's bytes learns for decoding: whether they are valid UTF-8, hold NUL
/// or other control bytes, carriage returns, characters that NFC could change, or characters that
/// font-damaged PDF text leaves. Replaces separate scans (UTF-8 validation, control count, CR
/// search, NFC check, damage check) on the common path.
struct ByteProfile {
    var isValidUTF8 = true
    var hasNUL = false
    var hasCR = false
    /// C0 controls other than tab, line feed, carriage return and form feed.
    var controls = 0
    /// See ``TextNormaliser/mayNeedNFC(_:)``: false guarantees the text is already NFC.
    var mayNeedNFC = false
    /// False guarantees that ``TextRepair`` would change nothing: no `ƣ`, stray combining or spacing
    /// tone mark, `ð`, ligature, soft hyphen, zero-width or no-break space.
    var mayNeedRepair = false
    /// False guarantees that every character ``TextRepair`` would act on is a no-break space (U+00A0),
    /// the one artefact of most portal pages: ``TextRepair/replaceNoBreakSpaces(_:)`` then does its work.
    var mayNeedOtherRepair = false
    /// Three spaces in a row somewhere: the text may be laid out in columns (``AlignedColumns``).
    var hasSpaceRun = false

    /// U+0000–U+07FF: true for the characters ``TextRepair`` acts on.
    private static let damaged: [Bool] = (0..<0x800).map { v in
        v >= 0x80 && TextRepair.role(UInt32(v)) != .letter && TextRepair.role(UInt32(v)) != .other
    }

    init(_ bytes: [UInt8]) {
        Self.damaged.withUnsafeBufferPointer { damaged in
            bytes.withUnsafeBufferPointer { scan($0, damaged: damaged) }
        }
    }

    /// NUL, or more than a few controls: binary, not text.
    func isBinary(byteCount: Int) -> Bool { hasNUL || controls > 8 && controls * 200 > byteCount }

    /// A three-byte character that ``TextRepair`` may act on: U+1E00–U+1E9F (Latin letters other than
    /// the Vietnamese ones, some of them a consonant with a tone), U+200B–U+200D, U+202F, U+2060,
    /// U+FB00–U+FB06, U+FEFF.
    @inline(__always) private static func mayBeDamaged(_ b: UInt8, _ c: UInt8, _ d: UInt8) -> Bool {
        switch b {
        case 0xE1: c == 0xB8 || c == 0xB9 || c == 0xBA && d < 0xA0
        case 0xE2: c == 0x80 && (d >= 0x8B && d <= 0x8D || d == 0xAF) || c == 0x81 && d == 0xA0
        case 0xEF: c == 0xAC && d <= 0x86 || c == 0xBB && d == 0xBF
        default: false
        }
    }

    @inline(__always) private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>, damaged: UnsafeBufferPointer<Bool>) {
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                // (letters, digits and marks, most bytes, go no further than this one compare)
                if b <= 0x20 {
                    if b == 0x20 {
                        if i >= 2, p[i - 1] == 0x20, p[i - 2] == 0x20 { hasSpaceRun = true }
                    } else if b == 0 { hasNUL = true } else if b == 0x0D { hasCR = true } else if b != 0x09 && b != 0x0A && b != 0x0C { controls += 1 }
                }
                i += 1
                continue
            }
            if b >= 0xC2 && b < 0xE0 {
                guard i + 1 < n, Self.isContinuation(p[i + 1]) else { isValidUTF8 = false; return }
                if b >= 0xCC { mayNeedNFC = true }  // U+0300–U+07FF: combining marks and more
                if damaged[Int(b & 0x1F) << 6 | Int(p[i + 1] & 0x3F)] {
                    mayNeedRepair = true
                    if b != 0xC2 || p[i + 1] != 0xA0 { mayNeedOtherRepair = true }
                }
                i += 2
            } else if b >= 0xE0 && b < 0xF0 {
                guard i + 2 < n, Self.isContinuation(p[i + 1]), Self.isContinuation(p[i + 2]),
                      b != 0xE0 || p[i + 1] >= 0xA0, b != 0xED || p[i + 1] < 0xA0 else { isValidUTF8 = false; return }
                // U+1E00–U+1EFF (precomposed Latin) and U+2000–U+20BF (punctuation, currency) are NFC already
                let c = p[i + 1]
                if !(b == 0xE1 && c >= 0xB8 && c <= 0xBB) && !(b == 0xE2 && c <= 0x82) { mayNeedNFC = true }
                if b >= 0xE1 && !mayNeedOtherRepair && Self.mayBeDamaged(b, c, p[i + 2]) {
                    mayNeedRepair = true
                    mayNeedOtherRepair = true
                }
                i += 3
            } else if b >= 0xF0 && b < 0xF5 {
                guard i + 3 < n, Self.isContinuation(p[i + 1]), Self.isContinuation(p[i + 2]), Self.isContinuation(p[i + 3]),
                      b != 0xF0 || p[i + 1] >= 0x90, b != 0xF4 || p[i + 1] < 0x90 else { isValidUTF8 = false; return }
                mayNeedNFC = true
                i += 4
            } else {
                isValidUTF8 = false
                return
            }
        }
    }
}
