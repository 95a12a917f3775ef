import Foundation

/// One indicator entry of an extra catalogue file, checked for shape: the members of an
/// `indicators` entry of `indicators.json` (`name`, `units`, `cues` and the options).
struct CatalogueFileEntry {
    static let knownKeys = [
        "name", "units", "cues", "change_is_value", "rate_variant", "growth_indicator", "decrease_is_positive",
        "jurisdiction", "about",
    ]

    var name: String
    /// Absent: the entry adds cues to an indicator defined elsewhere.
    var units: [String]?
    var cues: [String]
    var changeIsValue: Bool?
    var rateVariant: String?
    var growthIndicator: String?
    var decreaseIsPositive: Bool?
    var jurisdiction: String?
    /// For error messages: the file and the entry's position.
    var context: CatalogueError.EntryContext

    /// Parses a file: a JSON list of entries, or an object `{"indicators": [...]}` (optionally with "about").
    static func parse(file: String, bytes: [UInt8]) throws(CatalogueError) -> [CatalogueFileEntry] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw syntaxError(file: file, bytes: bytes, error: error)
        }
        let list: [Any]
        if let array = root as? [Any] {
            list = array
        } else if let object = root as? [String: Any] {
            for key in object.keys.sorted() where key != "indicators" && key != "about" {
                throw .unknownTopKey(file, key)
            }
            guard let array = object["indicators"] as? [Any] else {
                throw .notAList(file, found: object["indicators"] == nil ? "an object without \"indicators\"" : "\"indicators\" that is not a list")
            }
            list = array
        } else {
            throw .notAList(file, found: "a single value")
        }
        var entries: [CatalogueFileEntry] = []
        for (index, item) in list.enumerated() {
            entries.append(try entry(item, context: CatalogueError.EntryContext(file: file, entry: index + 1)))
        }
        return entries
    }

    private static func entry(_ item: Any, context start: CatalogueError.EntryContext) throws(CatalogueError) -> CatalogueFileEntry {
        var context = start
        guard let object = item as? [String: Any] else { throw context.entryNotObject() }
        context.name = object["name"] as? String
        for key in object.keys.sorted() where !knownKeys.contains(key) { throw context.unknownKey(key) }
        guard let rawName = object["name"] else { throw context.missing("name") }
        guard let name = rawName as? String else { throw context.wrongType("name", "a string") }
        guard Self.isValidName(name) else { throw context.badName(name) }
        func strings(_ key: String) throws(CatalogueError) -> [String]? {
            guard let value = object[key] else { return nil }
            guard let list = value as? [Any], let texts = list as? [String] else { throw context.wrongType(key, "a list of strings") }
            return texts
        }
        func string(_ key: String) throws(CatalogueError) -> String? {
            guard let value = object[key] else { return nil }
            guard let text = value as? String else { throw context.wrongType(key, "a string") }
            return text
        }
        func flag(_ key: String) throws(CatalogueError) -> Bool? {
            guard let value = object[key] else { return nil }
            guard let bool = value as? Bool else { throw context.wrongType(key, "true or false") }
            return bool
        }
        guard let cues = try strings("cues") else { throw context.missing("cues") }
        guard !cues.isEmpty else { throw context.emptyCues() }
        return CatalogueFileEntry(
            name: name, units: try strings("units"), cues: cues, changeIsValue: try flag("change_is_value"),
            rateVariant: try string("rate_variant"), growthIndicator: try string("growth_indicator"),
            decreaseIsPositive: try flag("decrease_is_positive"), jurisdiction: try string("jurisdiction"), context: context
        )
    }

    /// Lowercase ASCII letters, digits and `_`, starting with a letter.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (97...122).contains(first) else { return false }
        return name.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }
    }

    /// A syntax error with the line and column Foundation reports, or that its byte index gives.
    private static func syntaxError(file: String, bytes: [UInt8], error: any Error) -> CatalogueError {
        let info = (error as NSError).userInfo
        let detail = (info[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        if let index = info["NSJSONSerializationErrorIndex"] as? Int, index <= bytes.count {
            let (line, column) = position(of: index, in: bytes)
            return .syntax(file, line: line, column: column, detail: detail)
        }
        if let line = number(after: "line ", in: detail) {
            return .syntax(file, line: line, column: number(after: "column ", in: detail), detail: detail)
        }
        // "Invalid value around character 51.": a 0-based byte offset
        if let offset = number(after: "character ", in: detail), offset <= bytes.count {
            let (line, column) = position(of: offset, in: bytes)
            return .syntax(file, line: line, column: column, detail: detail)
        }
        if detail.localizedCaseInsensitiveContains("end of file") || detail.localizedCaseInsensitiveContains("end of data") {
            let (line, column) = position(of: bytes.count, in: bytes)
            return .syntax(file, line: line, column: column, detail: detail)
        }
        return .syntax(file, line: nil, column: nil, detail: detail)
    }

    /// 1-based line and column (in characters) of byte `offset`.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    private static func number(after word: String, in text: String) -> Int? {
        guard let r = text.range(of: word) else { return nil }
        return Int(text[r.upperBound...].prefix { $0.isNumber })
    }
}

