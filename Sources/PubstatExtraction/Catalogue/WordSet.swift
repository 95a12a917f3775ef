/// A set of token hashes (``Token/hash``) in a flat open-addressing table: the hashes are
/// FNV-1a already, so a look-up is a mask and a compare or two, with no hashing of its own.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init<S: Sequence<UInt64>>(_ words: S) {
        let list = Array(Set(words))
        var capacity = 8
        while capacity < list.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        slots = [UInt64](repeating: 0, count: capacity)
        for w in list where w != 0 {
            var i = Self.slot(w, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = w
        }
    }

    @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) & mask }

    @inline(__always) func contains(_ h: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { s in
            var i = Self.slot(h, mask)
            while true {
                let v = s[i]
                if v == h { return h != 0 }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}
