import Foundation

/// Pipeline step 2, text normalisation: Unicode NFC (Vietnamese arrives decomposed too, and
/// Windows-1258 writes tones as combining marks).
enum TextNormaliser {
    /// NFC of valid UTF-8. Skips Foundation when no character can change under NFC.
    static func nfc(_ utf8: [UInt8]) -> [UInt8] {
        guard mayNeedNFC(utf8) else { return utf8 }
        let text = String(decoding: utf8, as: UTF8.self)
        return Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// NFC of valid UTF-8 that records each changed stretch in `map`; the result equals ``nfc(_:)``.
    /// Every ASCII character is an NFC boundary (it never composes with what comes before), so each
    /// run of non-ASCII characters, with the ASCII character before it as its possible base, is
    /// normalised on its own, and only when it may change.
    static func nfc(_ utf8: [UInt8], map: inout RepairMap) -> [UInt8] {
        guard mayNeedNFC(utf8[...]) else { return utf8 }
        var out: [UInt8] = []
        var copied = 0
        var changed = false
        var cache: [ArraySlice<UInt8>: [UInt8]] = [:]
        let n = utf8.count
        var i = 0
        while i < n {
            if utf8[i] < 0x80 { i += 1; continue }
            let start = i > 0 ? i - 1 : i
            var end = i
            while end < n, utf8[end] >= 0x80 { end += 1 }
            let run = utf8[start..<end]
            if mayNeedNFC(run) {
                // decomposed text repeats its words: Foundation composes each distinct run once
                let composed: [UInt8]
                if let known = cache[run] {
                    composed = known
                } else {
                    composed = Array(String(decoding: run, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
                    cache[run] = composed
                }
                if !composed.elementsEqual(run) {
                    if !changed { out.reserveCapacity(n) }
                    changed = true
                    out.append(contentsOf: utf8[copied..<start])
                    let at = out.count
                    out.append(contentsOf: composed)
                    map.record(input: start..<end, output: at..<out.count)
                    copied = end
                }
            }
            i = end
        }
        guard changed else { return utf8 }
        out.append(contentsOf: utf8[copied...])
        return out
    }

    /// False when every scalar is below U+0300, a precomposed Latin letter (U+1E00–U+1EFF) or
    /// common punctuation: such text is already NFC.
    static func mayNeedNFC(_ utf8: [UInt8]) -> Bool {
        mayNeedNFC(utf8[...])
    }

    /// The same check on a slice.
    static func mayNeedNFC(_ utf8: ArraySlice<UInt8>) -> Bool {
        var i = utf8.startIndex
        let n = utf8.endIndex
        while i < n {
            let b = utf8[i]
            if b < 0x80 { i += 1; continue }
            if b < 0xCC { i += 2; continue }           // U+0080–U+02FF
            if b < 0xE0 { return true }                  // U+0300–U+07FF: combining marks and more
            if b == 0xE1, i + 1 < n, (0xB8...0xBB).contains(utf8[i + 1]) { i += 3; continue } // U+1E00–U+1EFF
            if b == 0xE2, i + 1 < n, utf8[i + 1] == 0x80 || utf8[i + 1] == 0x81 || utf8[i + 1] == 0x82 {
                i += 3; continue                         // U+2000–U+20BF punctuation, currency
            }
            return true
        }
        return false
    }
}
