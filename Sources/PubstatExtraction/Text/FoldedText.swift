#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decoded bulletin as the scanners see it: one folded byte per character (see ``Folding``),
/// with a map back to UTF-8 byte offsets in the NFC text for provenance.
struct FoldedText: Sendable {
    /// The NFC text, UTF-8.
    let utf8: [UInt8]
    /// One byte per character.
    let bytes: [UInt8]
    /// `offsets[i]` is where folded byte `i` starts in ``utf8``; one extra entry holds `utf8.count`.
    let offsets: [Int32]

    init(utf8: [UInt8]) {
        self.utf8 = utf8
        let n = utf8.count
        let table = Folding.table
        var count = 0
        var bytes: [UInt8] = []
        // one pass writes both arrays straight into their storage (whether a letter was uppercase is read
        // from the NFC text when asked, ``isUpper(_:)``: only the first letters of some words are asked)
        let offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsetOut, offsetCount in
            bytes = [UInt8](unsafeUninitializedCapacity: n) { foldOut, foldCount in
                utf8.withUnsafeBufferPointer { src in
                    table.fold.withUnsafeBufferPointer { foldTable in
                        var k = 0
                        var i = 0
                        while i < n {
                            let b0 = src[i]
                            let start = i
                            if b0 < 0x80 {
                                i += 1
                                foldOut[k] = foldTable[Int(b0)]
                                offsetOut[k] = Int32(truncatingIfNeeded: start)
                                k += 1
                                continue
                            }
                            var v: UInt32
                            if b0 < 0xE0 {
                                v = UInt32(b0 & 0x1F) << 6 | UInt32(i + 1 < n ? src[i + 1] & 0x3F : 0)
                                i += 2
                            } else if b0 < 0xF0 {
                                v = UInt32(b0 & 0x0F) << 12 | UInt32(i + 1 < n ? src[i + 1] & 0x3F : 0) << 6
                                    | UInt32(i + 2 < n ? src[i + 2] & 0x3F : 0)
                                i += 3
                            } else {
                                v = 0x1F600
                                i += 4
                            }
                            let folded = v < 0x1F00 ? foldTable[Int(v)] : Folding.fold(v).0
                            if folded == Folding.drop { continue }
                            foldOut[k] = folded
                            offsetOut[k] = Int32(truncatingIfNeeded: start)
                            k += 1
                        }
                        count = k
                    }
                }
                foldCount = count
            }
            offsetOut[count] = Int32(truncatingIfNeeded: n)
            offsetCount = count + 1
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Whether folded byte `i` was an uppercase letter: its character decoded from ``utf8`` as folding did.
    func isUpper(_ i: Int) -> Bool {
        let o = Int(offsets[i]), n = utf8.count
        let b0 = utf8[o]
        let v: UInt32
        if b0 < 0x80 {
            v = UInt32(b0)
        } else if b0 < 0xE0 {
            v = UInt32(b0 & 0x1F) << 6 | UInt32(o + 1 < n ? utf8[o + 1] & 0x3F : 0)
        } else if b0 < 0xF0 {
            v = UInt32(b0 & 0x0F) << 12 | UInt32(o + 1 < n ? utf8[o + 1] & 0x3F : 0) << 6 | UInt32(o + 2 < n ? utf8[o + 2] & 0x3F : 0)
        } else {
            v = 0x1F600
        }
        return v < 0x1F00 ? Folding.table.upper[Int(v)] : Folding.fold(v).1
    }

    /// Where `needle` next occurs in ``bytes``, at `from` or after: its first byte found by `memchr`, not
    /// by a loop over every byte.
    func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first else { return nil }
        return bytes.withUnsafeBufferPointer { hay -> Int? in
            guard let base = hay.baseAddress else { return nil }
            var i = from
            while i >= 0, i + needle.count <= hay.count, let hit = memchr(base + i, Int32(first), hay.count - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard at + needle.count <= hay.count else { return nil }
                if hay[at..<(at + needle.count)].elementsEqual(needle) { return at }
                i = at + 1
            }
            return nil
        }
    }

    /// The NFC text between two folded positions.
    func original(_ range: Range<Int>) -> String {
        let a = Int(offsets[range.lowerBound]), b = Int(offsets[range.upperBound])
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }

    /// UTF-8 byte range of a folded range.
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])
    }
}
