import Crypto

/// The record hash: SHA-256(previous hash ‖ sequence (8 bytes LE) ‖ time (8 bytes LE) ‖ payload).
enum HashChain {
    static func hash(
        previous: UnsafeRawBufferPointer, sequence: UInt64, timestampMicros: Int64, payload: UnsafeRawBufferPointer
    ) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bufferPointer: previous)
        withUnsafeBytes(of: sequence.littleEndian) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: timestampMicros.littleEndian) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: payload)
        return Array(hasher.finalize())
    }
}
