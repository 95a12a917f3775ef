/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as used by iSCSI, ext4 and
/// LevelDB. Uses the SSE4.2 `crc32` instruction when the CPU has it (``isHardwareAccelerated``),
/// else portable slicing-by-8 (`CRC32C+Software.swift`); both give identical results.
public enum CRC32C {
    /// The CRC of `bytes`, continuing from `crc` (pass the previous result to chain calls).
    @inlinable
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        update(~crc, bytes) ^ 0xFFFF_FFFF
    }

    /// The CRC of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// Advances the raw CRC register `start` (no pre/post inversion) over `bytes`.
    @usableFromInline
    static func update(_ start: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        isHardwareAccelerated ? hardware(start, bytes) : software(start, bytes)
    }
}
