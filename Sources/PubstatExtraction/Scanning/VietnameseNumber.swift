/// Reads numbers as Vietnamese bulletins write them: `1.208,8` = 1208.8, `220.863` = 220863,
/// `51,5` = 51.5. English style (`1,234.5`, `0.5`) is recognised where unambiguous.
enum VietnameseNumber {
    /// One pass, no allocation: the digits accumulate into one integer, and the separators
    /// decide afterwards whether the last group is a fraction.
    static func parse<C: Collection<UInt8>>(_ bytes: C) -> Double? {
        var digits = 0, groups = 1, dots = 0
        var lastSep: UInt8 = 0
        var groupLength = 0
        var firstGroupLength = -1
        var firstGroupIsZero = true
        var tailsAreTriples = true
        var middleAreTriples = true
        var all = 0.0
        for b in bytes {
            if b == 46 || b == 44 {
                guard groupLength > 0 else { return nil }
                if firstGroupLength < 0 { firstGroupLength = groupLength } else if groupLength != 3 { tailsAreTriples = false; middleAreTriples = false }
                if b == 46 { dots += 1 }
                lastSep = b
                groups += 1
                groupLength = 0
            } else if b >= 48 && b <= 57 {
                all = all * 10 + Double(b - 48)
                groupLength += 1
                digits += 1
                if firstGroupLength < 0, b != 48 { firstGroupIsZero = false }
            } else {
                return nil
            }
        }
        guard groupLength > 0, groups <= 12, digits <= 36 else { return nil }
        if groups == 1 { return digits <= 18 ? all : nil }
        if groupLength != 3 { tailsAreTriples = false }
        let separators = groups - 1, commas = separators - dots
        var scale = 1.0
        for _ in 0..<groupLength { scale *= 10 }
        // the last group as a fraction, at its written precision (1208.8 prints as 1208.8)
        let decimal = all / scale
        if dots > 0 && commas > 0 {
            // the last separator is the decimal mark; every earlier one is the other mark
            return (lastSep == 46 ? dots : commas) == 1 ? decimal : nil
        }
        if dots > 0 {
            if tailsAreTriples && !(dots == 1 && firstGroupLength == 1 && firstGroupIsZero) { return all }
            // "9.332.3": thousands groups, then a short last group after a dot typed for the comma
            if dots >= 2, middleAreTriples, groupLength < 3 { return decimal }
            return dots == 1 ? decimal : nil
        }
        if commas == 1 { return decimal }
        return tailsAreTriples ? all : nil
    }

    /// The way a number is written when only one way reads it: `128,930.5`, `9,206,000`, `18.5` are
    /// English; `1.208,8`, `1.234.567`, `8,9` Vietnamese; `7,280` and `38.456` either (nil).
    enum Style { case english, vietnamese }

    static func style<C: Collection<UInt8>>(of bytes: C) -> Style? {
        var dots = 0, commas = 0, groupLength = 0, lastSep: UInt8 = 0
        for b in bytes {
            if b == 46 || b == 44 {
                if b == 46 { dots += 1 } else { commas += 1 }
                lastSep = b
                groupLength = 0
            } else {
                groupLength += 1
            }
        }
        switch (dots, commas) {
        case (0, 0): return nil
        case (1, 0): return groupLength == 3 ? nil : .english
        case (0, 1): return groupLength == 3 ? nil : .vietnamese
        case (_, 0): return .vietnamese
        case (0, _): return .english
        default: return lastSep == 46 ? .english : .vietnamese
        }
    }

    /// `7,280` read the English way, in a line that writes its numbers so: a whole number.
    static func parseEnglishGrouping<C: Collection<UInt8>>(_ bytes: C) -> Double? {
        guard bytes.contains(44), !bytes.contains(46) else { return nil }
        var all = 0.0
        for b in bytes where b != 44 {
            guard b >= 48 && b <= 57 else { return nil }
            all = all * 10 + Double(b - 48)
        }
        return all
    }
}
