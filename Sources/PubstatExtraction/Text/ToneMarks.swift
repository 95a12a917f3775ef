import Foundation

/// The tone marks of a phrase's syllables. Folding drops them, so "Phù Yên" (a district of Sơn La) and "Phú Yên" (a
/// province) fold alike; the marks tell them apart where the text carries them.
struct ToneMarks: Hashable, Sendable {
    /// One tone per syllable: 0 none (ngang, or a mark left out), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
    let tones: [UInt8]

    init(_ text: String) {
        var tones: [UInt8] = []
        var inSyllable = false
        var tone: UInt8 = 0
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let mark = Self.tone(of: scalar) {
                tone = mark
            } else if scalar.properties.isAlphabetic {
                if !inSyllable { inSyllable = true; tone = 0 }
            } else if !scalar.properties.generalCategory.isMark, inSyllable {
                tones.append(tone)
                inSyllable = false
            }
        }
        if inSyllable { tones.append(tone) }
        self.tones = tones
    }

    /// True when no syllable carries a tone mark (text written without marks, or a name of level tones).
    var isUnmarked: Bool { tones.allSatisfy { $0 == 0 } }

    /// True when the text's marks may spell `name`: every syllable the text marks carries the name's tone (a mark the
    /// text leaves out agrees with any; syllables that cannot be aligned are not judged).
    func mayBe(_ name: ToneMarks) -> Bool {
        guard tones.count == name.tones.count else { return true }
        return zip(tones, name.tones).allSatisfy { $0 == 0 || $0 == $1 }
    }

    private static func tone(of scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x0300: 1
        case 0x0301: 2
        case 0x0309: 3
        case 0x0303: 4
        case 0x0323: 5
        default: nil
        }
    }
}

private extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
