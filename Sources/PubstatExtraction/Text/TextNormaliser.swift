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

    /// False when every scalar is below U+0300, a precomposed Latin letter (U+1E00–U+1EFF) or
    /// common punctuation: such text is already NFC.
    static func mayNeedNFC(_ utf8: [UInt8]) -> Bool {
        var i = 0
        let n = utf8.count
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
