/// What a token may open, read once per token while tokenizing (``Token/flags``): the scanners and the
/// cue search test a bit where they looked the word up in a ``WordSet`` of their own at every token.
/// A bit is set exactly when the token's hash is in its set, whatever the token's kind.
struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// May open a number written in words (``SpelledNumbers/starts``).
    static let spelledStart = TokenFlags(rawValue: 1 << 0)
    /// May open a period or a date (``PeriodScanner/triggers``).
    static let periodTrigger = TokenFlags(rawValue: 1 << 1)
    /// May open a place (``PlaceScanner/levelWordList``, the gazetteer's first words).
    static let placeOpener = TokenFlags(rawValue: 1 << 2)
    /// May open a cue, a context cue or a sector (the first words of the catalogue's cue, context cue and sector tries).
    static let cueOpener = TokenFlags(rawValue: 1 << 3)
    /// May open contact details (``BulletinExtractor/contactOpeners``).
    static let contactOpener = TokenFlags(rawValue: 1 << 4)
    /// Not a word: a number or a mark (so a loop over the words can test one byte).
    static let notWord = TokenFlags(rawValue: 1 << 7)
}

/// Token hash → ``TokenFlags``, in a flat open-addressing table like ``WordSet``'s: one look-up gives
/// every bit. Hashes in no set have no slot, and their flags are empty.
struct TokenFlagTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private let mask: Int

    /// The empty table: every token's flags are empty but for ``TokenFlags/notWord``.
    static let empty = TokenFlagTable([])

    init(_ sets: [(TokenFlags, [UInt64])]) {
        var merged: [UInt64: UInt8] = [:]
        for (flag, words) in sets {
            for w in words where w != 0 { merged[w, default: 0] |= flag.rawValue }
        }
        var capacity = 8
        while capacity < merged.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt8](repeating: 0, count: capacity)
        // (in a fixed order: the table's layout is the same at every load)
        for (w, v) in merged.sorted(by: { $0.key < $1.key }) {
            var i = Self.slot(w, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = w
            values[i] = v
        }
    }

    @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) & mask }

    /// The flags of a token with hash `h` (``TokenFlags/notWord`` is the caller's to add).
    @inline(__always) func flags(_ h: UInt64) -> UInt8 {
        withStorage { keys, values, mask in Self.flags(h, keys, values, mask) }
    }

    /// `body` with the table's storage, read in place (the tokenizer's loop probes it as ``flags(_:)`` does).
    @inline(__always) func withStorage<R>(_ body: (_ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt8>, _ mask: Int) -> R) -> R {
        keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { v in body(k, v, mask) } }
    }

    /// ``flags(_:)`` over storage from ``withStorage(_:)``.
    @inline(__always) static func flags(_ h: UInt64, _ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt8>, _ mask: Int) -> UInt8 {
        var i = slot(h, mask)
        while true {
            let v = keys[i]
            if v == h { return h != 0 ? values[i] : 0 }
            if v == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
