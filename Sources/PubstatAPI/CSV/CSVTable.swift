/// A list answer as a table, for `text/csv`: snake_case column names (the JSON keys' style) and
/// one row of text fields per item, in column order. An absent value is an empty field.
public struct CSVTable: Hashable, Sendable {
    /// The header: column names, `snake_case`.
    public var columns: [String]
    /// The records, each with one field per column.
    public var rows: [[String]]

    /// A table with these columns and rows (none by default).
    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row given as column name → field; columns not named are left empty.
    /// A name that is not one of ``columns`` is a programming error.
    public mutating func append(_ fields: KeyValuePairs<String, String>) {
        rows.append(row(fields))
    }

    /// A row given as column name → field, in column order, not appended; columns not named are empty.
    public func row(_ fields: KeyValuePairs<String, String>) -> [String] {
        var row = [String](repeating: "", count: columns.count)
        for (name, value) in fields {
            guard let index = columns.firstIndex(of: name) else { preconditionFailure("no CSV column '\(name)' in \(columns)") }
            row[index] = value
        }
        return row
    }
}

/// An API answer that can be written as CSV (`Accept: text/csv` or `format=csv`).
///
/// To make a new list route answer CSV: conform its answer type here (one row per item, with
/// unit, period, as-of, jurisdiction, kind and source columns where the items have them, using
/// ``CSVField`` to write values), and in the router use `cached(request, file:)` and
/// `format.encode(_:)`, with `format` among the route's parameters.
public protocol CSVRepresentable {
    /// The answer as one table.
    var csvTable: CSVTable { get }
}
