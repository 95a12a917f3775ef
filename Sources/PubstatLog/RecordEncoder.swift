/// Writes one record (header + payload) in the format of ``RecordHeader``.
enum RecordEncoder {
    /// Encodes into the start of `out`, which must hold 64 + payload bytes, and advances
    /// `previousHash` to this record's hash.
    static func encode(
        into out: UnsafeMutableRawBufferPointer, payload: [UInt8], sequence: UInt64, timestampMicros: Int64,
        batchIndex: UInt32, batchCount: UInt32, previousHash: inout [UInt8]
    ) {
        let size = LogFormat.recordHeaderSize + payload.count
        precondition(out.count >= size)
        out.storeBytes(of: UInt32(payload.count).littleEndian, toByteOffset: 0, as: UInt32.self)
        out.storeBytes(of: sequence.littleEndian, toByteOffset: 8, as: UInt64.self)
        out.storeBytes(of: timestampMicros.littleEndian, toByteOffset: 16, as: Int64.self)
        out.storeBytes(of: batchIndex.littleEndian, toByteOffset: 24, as: UInt32.self)
        out.storeBytes(of: batchCount.littleEndian, toByteOffset: 28, as: UInt32.self)
        payload.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(rebasing: out[LogFormat.recordHeaderSize ..< size]).copyMemory(from: source)
            let hash = previousHash.withUnsafeBytes {
                HashChain.hash(previous: $0, sequence: sequence, timestampMicros: timestampMicros, payload: source)
            }
            UnsafeMutableRawBufferPointer(rebasing: out[32..<64]).copyBytes(from: hash)
            previousHash = hash
        }
        let crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: out[8..<size]))
        out.storeBytes(of: crc.littleEndian, toByteOffset: 4, as: UInt32.self)
    }
}
