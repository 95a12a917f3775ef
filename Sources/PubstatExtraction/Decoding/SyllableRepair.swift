import Foundation

/// Rebuilds one font-damaged Vietnamese word: `ƣ` becomes `ư`, a tone mark written apart (a
/// combining mark after the wrong letter or in the wrong order, a repeated mark, a spacing accent
/// such as `´`) goes back onto the syllable's vowel in the conventional place, `ð` becomes `đ`.
///
/// Only a word that reads as one Vietnamese syllable (onset, one vowel group, final consonant) with
/// at most one distinct tone is rebuilt; anything else gets the safe substitutions only
/// (``substituted(_:)``).
enum SyllableRepair {
    /// A letter of the syllable: an ASCII base letter (or `đ`) and its vowel-quality mark.
    private struct Letter {
        var base: Unicode.Scalar
        /// U+0306 breve, U+0302 circumflex or U+031B horn.
        var quality: UInt32?
        var isVowel: Bool { "aeiouyAEIOUY".unicodeScalars.contains(base) }
        var lower: String { String(base).lowercased() }
    }

    static let breve: UInt32 = 0x306, circumflex: UInt32 = 0x302, horn: UInt32 = 0x31B
    /// The five Vietnamese tone marks as combining characters.
    static let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// Spacing accents that PDF fonts leave for a tone, and the combining tone each stands for.
    static let spacingTones: [UInt32: UInt32] = [0xB4: 0x301, 0x2CA: 0x301, 0x2CB: 0x300, 0x2DC: 0x303, 0x2C0: 0x309]

    private static let onsets: Set<String> = ["", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng",
                                              "ngh", "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// The repaired word, or the word with safe substitutions when it is not one clear syllable.
    static func repair(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        rebuilt(word) ?? lostGraveI(word) ?? substituted(word)
    }

    /// "b́nh", "ngh́n", "t́nh h́nh": a page whose font lost "ì" keeps only an acute after the onset, in a word with no
    /// vowel. The mark between a Vietnamese onset and coda stands for "ì" ("bình", "nghìn", "tình hình").
    private static func lostGraveI(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let mark = word.firstIndex(where: { $0.value == 0x301 }), word.lastIndex(where: { $0.value == 0x301 }) == mark else { return nil }
        let onset = word[..<mark], coda = word[(mark + 1)...]
        func consonants(_ part: ArraySlice<Unicode.Scalar>) -> String? {
            guard part.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic && !"aeiouyAEIOUY".unicodeScalars.contains($0) }) else { return nil }
            return String(String.UnicodeScalarView(part)).lowercased()
        }
        guard let head = consonants(onset), let tail = consonants(coda), !head.isEmpty, onsets.contains(head), codas.contains(tail),
              head != "q" else { return nil }
        var out = Array(onset)
        out.append(Unicode.Scalar(0xEC)!)  // ì
        out.append(contentsOf: coda)
        return out
    }

    /// `ƣ` to `ư` and a repeated combining mark dropped, then NFC: nothing moves between letters.
    static func substituted(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = String.UnicodeScalarView()
        for s in word {
            switch s.value {
            case 0x1A3: out.append("u"); out.append(Unicode.Scalar(horn)!)
            case 0x1A2: out.append("U"); out.append(Unicode.Scalar(horn)!)
            case 0x300...0x36F where out.last == s: continue
            default: out.append(s)
            }
        }
        return Array(String(out).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// The word as one syllable with its tone in place, or nil when it is not clearly one.
    private static func rebuilt(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let (letters, tone) = letters(of: word) else { return nil }
        guard let toneIndex = toneVowel(letters) else { return nil }
        var out = String.UnicodeScalarView()
        for (k, letter) in letters.enumerated() {
            out.append(letter.base)
            if let q = letter.quality { out.append(Unicode.Scalar(q)!) }
            if k == toneIndex, let tone { out.append(Unicode.Scalar(tone)!) }
        }
        return Array(String(out).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Splits a word into letters and its one tone; nil for anything not Vietnamese or two tones.
    private static func letters(of word: [Unicode.Scalar]) -> ([Letter], UInt32?)? {
        var letters: [Letter] = []
        var tone: UInt32?
        func mark(_ m: UInt32) -> Bool {
            if tones.contains(m) {
                if let tone, tone != m { return false }
                tone = m
                return true
            }
            guard m == breve || m == circumflex || m == horn, let last = letters.indices.last else { return false }
            if let q = letters[last].quality, q != m { return false }
            letters[last].quality = m
            return true
        }
        for s in word {
            let v = s.value
            switch v {
            case 0x1A3: letters.append(Letter(base: "u", quality: horn))
            case 0x1A2: letters.append(Letter(base: "U", quality: horn))
            case 0xF0, 0x111: letters.append(Letter(base: "đ"))
            case 0xD0, 0x110: letters.append(Letter(base: "Đ"))
            case 0x41...0x5A, 0x61...0x7A: letters.append(Letter(base: s))
            default:
                if let t = spacingTones[v] {
                    guard mark(t) else { return nil }
                    continue
                }
                if (0x300...0x36F).contains(v) {
                    guard mark(v) else { return nil }
                    continue
                }
                let parts = Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars)
                guard let base = parts.first, base.isASCII, base.properties.isAlphabetic else { return nil }
                letters.append(Letter(base: base))
                for m in parts.dropFirst() { guard mark(m.value) else { return nil } }
            }
        }
        return (letters, tone)
    }

    /// Which letter carries the tone, as the corpus and the gazetteer place it (`hòa`, `thủy`,
    /// `khỏe`, `hoàng`, `người`); nil when the letters are not one Vietnamese syllable.
    private static func toneVowel(_ letters: [Letter]) -> Int? {
        var i = 0
        while i < letters.count, !letters[i].isVowel { i += 1 }
        var onset = letters[0..<i].map(\.lower).joined()
        var vowelStart = i
        while i < letters.count, letters[i].isVowel { i += 1 }
        let vowelEnd = i
        let coda = letters[vowelEnd...].map(\.lower).joined()
        guard onsets.contains(onset), codas.contains(coda), vowelEnd > vowelStart,
              letters.allSatisfy({ $0.isVowel || $0.quality == nil }) else { return nil }
        // the u of qu and the i of gi belong to the onset
        let first = letters[vowelStart]
        if onset == "q" {
            guard first.lower == "u", first.quality == nil, vowelEnd - vowelStart > 1 else { return nil }
            vowelStart += 1
            onset = "qu"
        } else if onset == "g", first.lower == "i", first.quality == nil, vowelEnd - vowelStart > 1 {
            vowelStart += 1
        }
        let vowels = Array(letters[vowelStart..<vowelEnd])
        guard vowels.count <= 3, vowels.allSatisfy(hasVietnameseQuality) else { return nil }
        if let k = vowels.lastIndex(where: { $0.quality != nil }) { return vowelStart + k }
        if !coda.isEmpty { return vowelEnd - 1 }
        switch vowels.count {
        case 3: return vowelStart + 1
        default: return vowelStart  // the first of two
        }
    }

    /// ă, â, ê, ô, ơ, ư or a plain vowel.
    private static func hasVietnameseQuality(_ letter: Letter) -> Bool {
        switch (letter.lower, letter.quality) {
        case (_, nil), ("a", breve), ("a", circumflex), ("e", circumflex), ("o", circumflex), ("o", horn), ("u", horn): true
        default: false
        }
    }
}
