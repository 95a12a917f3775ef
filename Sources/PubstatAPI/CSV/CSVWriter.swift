/// Writes a ``CSVTable`` as RFC 4180 CSV: CRLF after every record, the header first, a field
/// quoted when it holds a comma, a double quote, CR or LF (its quotes doubled), UTF-8 behind a
/// byte-order mark so that spreadsheets read Vietnamese text right.
public enum CSVWriter {
    /// The UTF-8 byte-order mark, EF BB BF.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The whole table: byte-order mark (unless `byteOrderMark` is false), header, rows.
    public static func bytes(_ table: CSVTable, byteOrderMark: Bool = true) -> [UInt8] {
        var out = byteOrderMark ? Self.byteOrderMark : []
        out.reserveCapacity(64 * (table.rows.count + 1))
        append(table.columns, to: &out)
        for row in table.rows { append(row, to: &out) }
        return out
    }

    /// One record, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when RFC 4180 requires it: `a,b` → `"a,b"`, `say "hi"` → `"say ""hi"""`.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func append(_ fields: [String], to out: inout [UInt8]) {
        out.append(contentsOf: record(fields).utf8)
    }
}
