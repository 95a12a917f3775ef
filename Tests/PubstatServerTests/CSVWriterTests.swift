import PubstatAPI
import PubstatModel
import Testing

/// RFC 4180 as `CSVWriter` writes it, read back by an independent reader.
@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("Lai Châu", "Lai Châu"),
        ("1.234,5 tỷ đồng", "\"1.234,5 tỷ đồng\""),
        ("Sở \"Tài chính\"", "\"Sở \"\"Tài chính\"\"\""),
        ("dòng một\ndòng hai", "\"dòng một\ndòng hai\""),
        ("CR\rhere", "\"CR\rhere\""),
        ("", ""),
        (" khoảng trắng ", " khoảng trắng "),
    ])
    func fieldsAreQuotedOnlyWhenNeeded(text: String, written: String) {
        #expect(CSVWriter.field(text) == written)
    }

    @Test func tableStartsWithBOMEndsRecordsWithCRLFAndReadsBack() {
        let rows = [
            ["Điện Biên", "ước đạt 1.234,5 tỷ đồng, tăng 12%", "nói \"vượt\" kế hoạch"],
            ["Thành phố Hồ Chí Minh", "hai\r\ndòng", ""],
        ]
        let table = CSVTable(columns: ["jurisdiction", "quote", "note"], rows: rows)
        let bytes = CSVWriter.bytes(table)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("jurisdiction,quote,note\r\n"))
        #expect(text.hasSuffix("\r\n"))
        #expect(RFC4180Reader.records(text) == [table.columns] + rows)
        #expect(CSVWriter.bytes(table, byteOrderMark: false).first == UInt8(ascii: "j"))
    }

    @Test func rowsByColumnNameLeaveOthersEmpty() {
        var table = CSVTable(columns: ["a", "b", "c"])
        table.append(["c": "3", "a": "1"])
        #expect(table.rows == [["1", "", "3"]])
    }

    @Test func numbersAreWrittenWithEveryDigitAndNoGrouping() {
        #expect(CSVField.number(127.54) == "127.54")
        #expect(CSVField.number(2.324) == "2.324")
        #expect(CSVField.number(350_000) == "350000")
        #expect(CSVField.number(-3.5) == "-3.5")
        #expect(CSVField.number(nil) == "")
        #expect(CSVField.text(Jurisdiction(.province, "Lai Châu")) == "province:Lai Châu")
        #expect(CSVField.flag(false) == "false")
    }
}

/// A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
enum RFC4180Reader {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let c = scalars[index]
            let next = scalars.index(after: index)
            if quoted {
                if c == "\"" {
                    if next < scalars.endIndex, scalars[next] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
                index = scalars.index(after: next)
                continue
            } else {
                field.unicodeScalars.append(c)
            }
            index = next
        }
        return records
    }
}
