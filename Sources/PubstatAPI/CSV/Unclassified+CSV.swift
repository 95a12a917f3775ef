import PubstatModel

extension UnclassifiedReport: CSVRepresentable {
    /// One row per mention (within the limit; the JSON answer's `total` counts those beyond it).
    public var csvTable: CSVTable {
        var table = CSVTable(columns: [
            "bulletin", "file_name", "indicator", "value", "value_high", "unit", "text", "period", "quote",
            "source_start", "source_end",
        ])
        for entry in mentions {
            let mention = entry.mention
            table.append([
                "bulletin": entry.bulletin.rawValue, "file_name": entry.fileName, "indicator": CSVField.code(mention.indicator),
                "value": CSVField.number(mention.value), "value_high": CSVField.number(mention.valueHigh),
                "unit": mention.unit.rawValue, "text": mention.text, "period": CSVField.text(mention.period),
                "quote": mention.quote, "source_start": String(mention.source.start), "source_end": String(mention.source.end),
            ])
        }
        return table
    }
}
