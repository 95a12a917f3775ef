/// The decoded bulletin as the scanners see it: one folded byte per character (see ``Folding``),
/// with a map back to UTF-8 byte offsets in the NFC text for provenance.
struct FoldedText: Sendable {
    /// The NFC text, UTF-8.
    let utf8: [UInt8]
    /// One byte per character.
    let bytes: [UInt8]
    /// `offsets[i]` is where folded byte `i` starts in ``utf8``; one extra entry holds `utf8.count`.
    let offsets: [Int32]
    /// Whether folded byte `i` was an uppercase letter.
    let upper: [Bool]

    init(utf8: [UInt8]) {
        self.utf8 = utf8
        let n = utf8.count
        let table = Folding.table
        var count = 0
        var bytes: [UInt8] = []
        var upper: [Bool] = []
        // one pass writes all three arrays straight into their storage
        let offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsetOut, offsetCount in
            upper = [Bool](unsafeUninitializedCapacity: n) { upperOut, upperCount in
                bytes = [UInt8](unsafeUninitializedCapacity: n) { foldOut, foldCount in
                    utf8.withUnsafeBufferPointer { src in
                        table.fold.withUnsafeBufferPointer { foldTable in
                            table.upper.withUnsafeBufferPointer { upperTable in
                                var k = 0
                                var i = 0
                                while i < n {
                                    let b0 = src[i]
                                    let start = i
                                    if b0 < 0x80 {
                                        i += 1
                                        foldOut[k] = foldTable[Int(b0)]
                                        upperOut[k] = upperTable[Int(b0)]
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
                                    let folded: UInt8
                                    let isUpper: Bool
                                    if v < 0x1F00 {
                                        folded = foldTable[Int(v)]
                                        isUpper = upperTable[Int(v)]
                                    } else {
                                        (folded, isUpper) = Folding.fold(v)
                                    }
                                    if folded == Folding.drop { continue }
                                    foldOut[k] = folded
                                    upperOut[k] = isUpper
                                    offsetOut[k] = Int32(truncatingIfNeeded: start)
                                    k += 1
                                }
                                count = k
                            }
                        }
                    }
                    foldCount = count
                }
                upperCount = count
            }
            offsetOut[count] = Int32(truncatingIfNeeded: n)
            offsetCount = count + 1
        }
        self.bytes = bytes
        self.offsets = offsets
        self.upper = upper
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
