import Glibc

/// Windows-1258 (Vietnamese ANSI) to UTF-8 through glibc's iconv. The result may hold combining
/// tone marks (cp1258 writes most tones as separate characters): callers normalise to NFC.
enum Windows1258 {
    /// Nil when iconv lacks the code page or a byte is undefined in it.
    static func decode(_ bytes: [UInt8]) -> [UInt8]? {
        let cd = iconv_open("UTF-8", "WINDOWS-1258")
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                let status = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard status != -1, inLeft == 0 else { return nil }
                // the converter holds back the last base letter waiting for a tone mark: flush it
                guard iconv(cd, nil, nil, &outPtr, &outLeft) != -1 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        output.removeSubrange(written...)
        return output
    }
}
