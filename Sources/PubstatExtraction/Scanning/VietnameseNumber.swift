/// Reads numbers as Vietnamese bulletins write them: `1.208,8` = 1208.8, `220.863` = 220863,
/// `51,5` = 51.5. English style (`1,234.5`, `0.5`) is recognised where unambiguous.
enum VietnameseNumber {
    static func parse<C: Collection<UInt8>>(_ bytes: C) -> Double? {
        var groups: [[UInt8]] = [[]]
        var seps: [UInt8] = []
        for b in bytes {
            if b == 46 || b == 44 {
                seps.append(b)
                groups.append([])
            } else if b >= 48 && b <= 57 {
                groups[groups.count - 1].append(b)
            } else {
                return nil
            }
        }
        guard groups.allSatisfy({ !$0.isEmpty }), groups.count <= 12 else { return nil }
        if seps.isEmpty { return digits(groups[0]) }
        let dots = seps.filter { $0 == 46 }.count, commas = seps.count - dots
        let tailsAreTriples = groups.dropFirst().allSatisfy { $0.count == 3 }
        var integerPart: [UInt8] = []
        var fraction: [UInt8] = []
        if dots > 0 && commas > 0 {
            // the last separator is the decimal mark
            let decimal = seps.last!
            let thousands: UInt8 = decimal == 44 ? 46 : 44
            guard seps.dropLast().allSatisfy({ $0 == thousands }) else { return nil }
            integerPart = groups.dropLast().flatMap { $0 }
            fraction = groups.last!
        } else if dots > 0 {
            if tailsAreTriples && !(dots == 1 && groups[0] == [48]) {
                integerPart = groups.flatMap { $0 }
            } else if dots == 1 {
                integerPart = groups[0]
                fraction = groups[1]
            } else {
                return nil
            }
        } else {
            if commas == 1 {
                integerPart = groups[0]
                fraction = groups[1]
            } else if tailsAreTriples {
                integerPart = groups.flatMap { $0 }
            } else {
                return nil
            }
        }
        guard let whole = digits(integerPart) else { return nil }
        guard !fraction.isEmpty else { return whole }
        guard let f = digits(fraction) else { return nil }
        var scale = 1.0
        for _ in fraction { scale *= 10 }
        // round to the written precision so 1208.8 prints as 1208.8
        return ((whole * scale + f) / scale)
    }

    private static func digits(_ d: [UInt8]) -> Double? {
        guard !d.isEmpty, d.count <= 18 else { return nil }
        var v = 0.0
        for c in d { v = v * 10 + Double(c - 48) }
        return v
    }
}
