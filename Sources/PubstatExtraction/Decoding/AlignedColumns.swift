/// Tables laid out with runs of spaces ("Khu vực      Tăng GRDP (%)    Thu NSNN (tỷ đồng)", a PDF's text
/// kept in its layout, a report typed in a fixed-width font) read like tables flattened with bars: on
/// two or more neighbouring lines that each have at least two gaps of three spaces or more between
/// cells, the first space of each gap becomes "|". One byte for one byte, so every offset still holds.
/// Indentation, a line already cut with bars and a single wide gap ("Số: 12/BC        Hà Nội, ngày …") are left alone.
enum AlignedColumns {
    static func barCells(_ utf8: inout [UInt8]) {
        // most texts have no gap of three spaces after a line's first word: one plain scan says so
        guard hasInnerGap(utf8) else { return }
        // (one pass counts each line's gaps; only the lines that qualify are walked again to mark them)
        var lines: [(gaps: Int, range: Range<Int>)] = []
        var lineStart = 0
        for i in 0...utf8.count where i == utf8.count || utf8[i] == 0x0A {
            var count = 0
            forEachGap(in: lineStart..<i, of: utf8) { _ in count += 1 }
            lines.append((count, lineStart..<i))
            lineStart = i + 1
        }
        guard lines.contains(where: { $0.gaps >= minimumGaps }) else { return }
        var marks: [Int] = []
        for (k, line) in lines.enumerated() where line.gaps >= minimumGaps {
            let before = k > 0 && lines[k - 1].gaps >= minimumGaps
            let after = k + 1 < lines.count && lines[k + 1].gaps >= minimumGaps
            guard before || after else { continue }
            forEachGap(in: line.range, of: utf8) { marks.append($0) }
        }
        for k in marks { utf8[k] = UInt8(ascii: "|") }
    }

    private static func hasInnerGap(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { bytes in
            var run = 0
            var text = false
            for byte in bytes {
                if byte == 0x20 {
                    run += 1
                    if text, run == minimumWidth { return true }
                } else {
                    run = 0
                    text = byte != 0x0A
                }
            }
            return false
        }
    }

    private static let minimumGaps = 2
    private static let minimumWidth = 3

    /// Calls `body` with the start of each inner run of at least three spaces in `line` (not its
    /// indentation, not its end).
    private static func forEachGap(in line: Range<Int>, of utf8: [UInt8], _ body: (Int) -> Void) {
        // (a line already cut with bars, "Tổng lượt khách     | 4,6    | 14,2", is a table as it is)
        guard !utf8[line].contains(UInt8(ascii: "|")) else { return }
        var k = line.lowerBound
        while k < line.upperBound, utf8[k] == 0x20 { k += 1 }
        while k < line.upperBound {
            guard utf8[k] == 0x20 else { k += 1; continue }
            var end = k
            while end < line.upperBound, utf8[end] == 0x20 { end += 1 }
            if end - k >= minimumWidth, end < line.upperBound, utf8[end] != 0x0D { body(k) }
            k = end
        }
    }
}
