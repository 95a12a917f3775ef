/// Tables flattened to text with tabs or semicolons ("Chỉ tiêu⇥Đơn vị tính⇥2016⇥2017", a statistical yearbook copied
/// from a spreadsheet) read like tables flattened with bars: on a line with at least two tabs, each tab
/// becomes "|". So does a line exported as CSV with ";" between its cells ("2;Huyện Tam Đường;11.482;32,24"):
/// at least three semicolons, none followed by a space (prose writes "; "). One byte for one byte, so every
/// offset into the text still holds.
enum TabbedTable {
    static func barCells(_ utf8: inout [UInt8]) {
        var lineStart = 0
        var i = 0
        let tab = UInt8(ascii: "\t"), semicolon = UInt8(ascii: ";"), space = UInt8(ascii: " ")
        while i <= utf8.count {
            if i == utf8.count || utf8[i] == 0x0A {
                let line = lineStart..<i
                if utf8[line].lazy.filter({ $0 == tab }).count >= 2 {
                    for k in line where utf8[k] == tab { utf8[k] = UInt8(ascii: "|") }
                } else if utf8[line].lazy.filter({ $0 == semicolon }).count >= 3,
                          !line.contains(where: { utf8[$0] == semicolon && $0 + 1 < i && utf8[$0 + 1] == space }) {
                    for k in line where utf8[k] == semicolon { utf8[k] = UInt8(ascii: "|") }
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
