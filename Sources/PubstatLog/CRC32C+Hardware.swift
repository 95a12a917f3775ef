internal import CCRC32C

extension CRC32C {
    /// True when the CPU has the SSE4.2 `crc32` instruction and ``checksum(_:continuing:)`` uses it.
    public static var isHardwareAccelerated: Bool { ccrc32c_hw_available() != 0 }

    /// Advances the raw CRC register with the SSE4.2 `crc32` instruction (the C target `CCRC32C`).
    /// Only call it when ``isHardwareAccelerated``.
    static func hardware(_ start: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress else { return start }
        return ccrc32c_hw_update(start, base, bytes.count)
    }
}
