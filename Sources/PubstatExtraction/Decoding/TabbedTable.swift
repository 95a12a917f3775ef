/// Tables flattened to text with tabs ("Chỉ tiêu⇥Đơn vị tính⇥2016⇥2017", a statistical yearbook copied
/// from a spreadsheet) read like tables flattened with bars: on a line with at least two tabs, each tab
/// becomes "|". One byte for one byte, so every offset into the text still holds.
enum TabbedTable {
    static func barCells(_ utf8: inout [UInt8]) {
        var lineStart = 0
        var i = 0
        while i <= utf8.count {
            if i == utf8.count || utf8[i] == 0x0A {
                if utf8[lineStart..<i].lazy.filter({ $0 == 0x09 }).count >= 2 {
                    for k in lineStart..<i where utf8[k] == 0x09 { utf8[k] = UInt8(ascii: "|") }
                }
                lineStart = i + 1
            }
            i += 1
        }
    }

    /// ``barCells(_:)`` on a copy.
    static func barCellsCopy(_ utf8: [UInt8]) -> [UInt8] {
        var copy = utf8
        barCells(&copy)
        return copy
    }
}
