import Logging

/// Pure mapping of a log event onto journald fields.
///
/// journald silently drops fields whose names are not `[A-Z0-9_]`, start with `_` or a digit,
/// or exceed 64 characters, so metadata keys are rewritten: `bulletin.sha256` → `BULLETIN_SHA256`.
public enum JournalFields {
    /// Longest field name journald accepts.
    public static let maximumNameLength = 64
    /// Prepended to names that start with a digit or collide with the fields this handler sets itself.
    public static let namePrefix = "META_"
    /// Fields set from the event itself; metadata cannot override them.
    public static let reservedNames: Set<String> = [
        "MESSAGE", "PRIORITY", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "SYSLOG_IDENTIFIER",
    ]

    /// The journald field for a metadata key, or nil when nothing usable is left.
    ///
    /// Uppercases, turns every character outside `[A-Z0-9_]` into `_`, strips leading `_`,
    /// prefixes ``namePrefix`` before a leading digit or a reserved name, trims to 64 characters.
    public static func fieldName(forMetadataKey key: String) -> String? {
        var name = String(
            String.UnicodeScalarView(
                key.uppercased().unicodeScalars.map { scalar in
                    switch scalar {
                    case "A"..."Z", "0"..."9", "_": scalar
                    default: "_"
                    }
                }
            )
        )
        name = String(name.drop { $0 == "_" })
        guard let first = name.first else { return nil }
        if first.isNumber || reservedNames.contains(name) { name = namePrefix + name }
        return String(name.prefix(maximumNameLength))
    }

    /// The syslog priority journald expects in `PRIORITY=`: 2 (crit) … 7 (debug).
    public static func priority(for level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Every field of one journal entry, in a stable order: the event's own fields, then metadata sorted by key.
    public static func entry(
        level: Logger.Level,
        message: String,
        metadata: Logger.Metadata,
        file: String,
        function: String,
        line: UInt,
        identifier: String
    ) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = [
            ("MESSAGE", message),
            ("PRIORITY", String(priority(for: level))),
            ("CODE_FILE", file),
            ("CODE_LINE", String(line)),
            ("CODE_FUNC", function),
            ("SYSLOG_IDENTIFIER", identifier),
        ]
        for key in metadata.keys.sorted() {
            guard let name = fieldName(forMetadataKey: key), let value = metadata[key] else { continue }
            fields.append((name, render(value)))
        }
        return fields
    }

    /// Metadata values as text: strings verbatim, arrays and dictionaries in swift-log's notation.
    static func render(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array, .dictionary: value.description
        }
    }
}
