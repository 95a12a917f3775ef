@testable import PubstatLog
import Testing

/// The SSE4.2 path (C target `CCRC32C`) against the slicing-by-8 oracle.
@Suite("CRC-32C hardware")
struct CRC32CHardwareTests {
    /// Deterministic bytes (SplitMix64), so a failure reproduces.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }

    @Test func softwareKnownVectors() {
        func software(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { CRC32C.software(~0, $0) ^ ~0 } }
        #expect(software(Array("123456789".utf8)) == 0xE306_9283)
        #expect(software([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(software([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(software(Array(0...31)) == 0x46DD_794E)
    }

    @Test(.enabled(if: CRC32C.isHardwareAccelerated))
    func hardwareKnownVectors() {
        func hardware(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { CRC32C.hardware(~0, $0) ^ ~0 } }
        #expect(hardware(Array("123456789".utf8)) == 0xE306_9283)
        #expect(hardware([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(hardware([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(hardware(Array(0...31)) == 0x46DD_794E)
        #expect(hardware([]) == 0)
    }

    @Test(.enabled(if: CRC32C.isHardwareAccelerated))
    func hardwareMatchesSoftwareAtEveryLengthAndAlignment() {
        let data = Self.randomBytes(4096 + 16, seed: 42)
        data.withUnsafeBytes { all in
            var mismatches = 0
            for alignment in 0..<8 {
                for length in 0...4096 {
                    let slice = UnsafeRawBufferPointer(rebasing: all[alignment ..< alignment + length])
                    let start = UInt32(truncatingIfNeeded: length &* 0x9E37_79B1)
                    if CRC32C.hardware(start, slice) != CRC32C.software(start, slice) { mismatches += 1 }
                }
            }
            #expect(mismatches == 0)
        }
    }

    /// Long inputs exercise the 3 × 8 KiB interleaved blocks and their combination.
    @Test(.enabled(if: CRC32C.isHardwareAccelerated), arguments: [24_576, 24_577, 50_000, 1 << 20, (1 << 20) + 13])
    func hardwareMatchesSoftwareOnLongInputs(length: Int) {
        let data = Self.randomBytes(length + 3, seed: UInt64(length))
        data.withUnsafeBytes { all in
            for alignment in 0..<4 {
                let slice = UnsafeRawBufferPointer(rebasing: all[alignment ..< alignment + length])
                #expect(CRC32C.hardware(0xFFFF_FFFF, slice) == CRC32C.software(0xFFFF_FFFF, slice))
            }
        }
    }

    @Test func chainedChecksumsEqualWholeAtEverySplit() {
        let data = Self.randomBytes(1000, seed: 7)
        let whole = CRC32C.checksum(data)
        data.withUnsafeBytes { all in
            for split in stride(from: 0, through: 1000, by: 37) {
                let first = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: all[..<split]))
                #expect(CRC32C.checksum(UnsafeRawBufferPointer(rebasing: all[split...]), continuing: first) == whole)
            }
        }
    }
}
