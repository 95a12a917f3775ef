#if canImport(Glibc)
import Glibc
#endif
/// Tables flattened to text with tabs or semicolons ("Chỉ tiêu⇥Đơn vị tính⇥2016⇥2017", a statistical yearbook copied
/// from a spreadsheet) read like tables flattened with bars: on a line with at least two tabs, each tab
/// becomes "|". So does a line exported as CSV with ";" between its cells ("2;Huyện Tam Đường;11.482;32,24"):
/// at least three semicolons, none followed by a space (prose writes "; "). One byte for one byte, so every
/// offset into the text still holds.
enum TabbedTable {
    static func barCells(_ utf8: inout [UInt8]) {
        let tab = UInt8(ascii: "\t"), semicolon = UInt8(ascii: ";")
        if contains(utf8, tab) { barLines(&utf8, separator: tab) { $0.tabs >= 2 } }
        // (prose writes "; ": only a line with a semicolon glued to what follows can be a CSV row, found by memchr)
        if hasGluedSemicolon(utf8) { barLines(&utf8, separator: semicolon) { $0.separators >= 3 && !$0.spaced } }
    }

    private struct LineCount { var tabs = 0, separators = 0, spaced = false }

    /// Bars the `separator`s of every line whose counts pass `bars`.
    private static func barLines(_ utf8: inout [UInt8], separator: UInt8, bars: (LineCount) -> Bool) {
        let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), bar = UInt8(ascii: "|")
        utf8.withUnsafeMutableBufferPointer { bytes in
            var lineStart = 0
            var count = LineCount()
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 0x0A
                if b == tab { count.tabs += 1 }
                if b == separator {
                    count.separators += 1
                    if i + 1 < bytes.count, bytes[i + 1] == space { count.spaced = true }
                } else if b == 0x0A {
                    if bars(count) {
                        for k in lineStart..<i where bytes[k] == separator { bytes[k] = bar }
                    }
                    lineStart = i + 1
                    count = LineCount()
                }
            }
        }
    }

    /// Whether `byte` occurs in `utf8` (`memchr`: a generic `contains` compares byte by byte).
    private static func contains(_ utf8: [UInt8], _ byte: UInt8) -> Bool {
        utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether a ";" is followed by something other than a space or a line break.
    private static func hasGluedSemicolon(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var i = 0
            while i < bytes.count, let hit = memchr(base + i, Int32(UInt8(ascii: ";")), bytes.count - i) {
                let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if j + 1 < bytes.count, bytes[j + 1] != UInt8(ascii: " "), bytes[j + 1] != 0x0A, bytes[j + 1] != 0x0D { return true }
                i = j + 1
            }
            return false
        }
    }

    /// ``barCells(_:)`` on a copy.
    static func barCellsCopy(_ utf8: [UInt8]) -> [UInt8] {
        var copy = utf8
        barCells(&copy)
        return copy
    }
}
