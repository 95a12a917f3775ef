import PubstatModel

/// The columns of one vintage (what one bulletin said about a point), shared by the CSV of
/// `GET /v1/series` and `GET /v1/figures/{id}`.
enum VintageRows {
    /// Value, unit, kind and source of a vintage, with what people did to it.
    static let columns = [
        "status", "value", "value_high", "unit", "per", "kind", "figure_id", "bulletin", "file_name", "published",
        "known_from", "ingested_sequence", "ingested_at", "corrected", "confirmations", "quote",
    ]

    /// The fields of `vintage` by column name; all empty for nil (a point whose every vintage is retracted).
    static func fields(_ vintage: Vintage?) -> [(String, String)] {
        guard let vintage else { return [] }
        return [
            ("status", vintage.status.rawValue), ("value", CSVField.number(vintage.value)),
            ("value_high", CSVField.number(vintage.valueHigh)), ("unit", CSVField.code(vintage.unit)), ("per", vintage.per ?? ""),
            ("kind", vintage.kind.rawValue), ("figure_id", vintage.figureID.rawValue), ("bulletin", vintage.bulletin.rawValue),
            ("file_name", vintage.fileName),
            ("published", vintage.published.map(\.description) ?? CSVField.text(vintage.publishedMonth)),
            ("known_from", vintage.knownFrom.description), ("ingested_sequence", String(vintage.ingestedSequence)),
            ("ingested_at", vintage.ingestedAt.description), ("corrected", CSVField.flag(vintage.correction != nil)),
            ("confirmations", String(vintage.confirmations)), ("quote", vintage.quote),
        ]
    }
}

extension CSVTable {
    /// Appends a row given as (column, field) pairs; columns not named are left empty.
    mutating func append(pairs: [(String, String)]) {
        var row = [String](repeating: "", count: columns.count)
        for (name, value) in pairs {
            guard let index = columns.firstIndex(of: name) else { preconditionFailure("no CSV column '\(name)' in \(columns)") }
            row[index] = value
        }
        rows.append(row)
    }
}
