/// A problem in an extra indicator file, worded for the operator who has to fix it: it names
/// the file, the entry (its position and name) and what is wrong, and says what would be right.
public struct CatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Code: Hashable, Sendable {
        case unreadable(reason: String)
        case syntax(line: Int?, column: Int?, detail: String)
        case notAList(found: String)
        case unknownTopKey(String)
        case entryNotObject
        case unknownKey(String)
        case missing(String)
        case wrongType(key: String, expected: String)
        case badName(String)
        case unknownUnit(String)
        case unknownCountNoun(noun: String, known: [String])
        case noUnits
        case emptyCues
        case blankCue(index: Int)
        case conflictingUnits(mine: [String], theirs: [String], definedIn: String)
        case conflictingOption(key: String, definedIn: String)
        case unknownReference(key: String, indicator: String)
        case badJurisdiction(String)
    }

    /// The file, as its path was given.
    public let file: String
    /// 1-based position of the entry in the file's list of indicators; nil for whole-file problems.
    public let entry: Int?
    /// The entry's `name`, when it has one.
    public let indicator: String?
    private let code: Code

    fileprivate init(file: String, entry: Int? = nil, indicator: String? = nil, _ code: Code) {
        self.file = file
        self.entry = entry
        self.indicator = indicator
        self.code = code
    }

    public var description: String {
        var place = file
        if case .syntax(let line?, let column?, _) = code { place += ":\(line):\(column)" }
        if let entry { place += ": entry \(entry)" + (indicator.map { " (\"\($0)\")" } ?? "") }
        return "\(place): \(problem)"
    }

    private var problem: String {
        switch code {
        case .unreadable(let reason):
            return "cannot be read: \(reason)"
        case .syntax(_, _, let detail):
            return "not valid JSON: \(detail)"
        case .notAList(let found):
            return "expected a list of indicator entries (`[{...}, ...]`) or an object `{\"indicators\": [...]}`, found \(found)"
        case .unknownTopKey(let key):
            return "unknown top-level member \"\(key)\"; a file holds \"indicators\" and optionally \"about\""
        case .entryNotObject:
            return "an entry must be an object such as {\"name\": \"forest_cover\", \"units\": [\"percent\"], \"cues\": [\"tỷ lệ che phủ rừng\"]}"
        case .unknownKey(let key):
            return "unknown member \"\(key)\"; known members: \(CatalogueFileEntry.knownKeys.joined(separator: ", "))"
        case .missing(let key):
            return "\"\(key)\" is missing"
        case .wrongType(let key, let expected):
            return "\"\(key)\" must be \(expected)"
        case .badName(let name):
            return "name \"\(name)\" must be lowercase letters, digits and underscores, starting with a letter (e.g. forest_cover)"
        case .unknownUnit(let unit):
            return "unknown unit class \"\(unit)\"; use one of money, percent, arrivals, visits, count, or count:NOUN (e.g. count:xã)"
        case .unknownCountNoun(let noun, let known):
            return "count noun \"\(noun)\" is not one the extractor recognises after a number; known: \(known.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .noUnits:
            return "a new indicator needs \"units\", a non-empty list such as [\"money\"]"
        case .emptyCues:
            return "\"cues\" is empty; give at least one Vietnamese phrase that introduces the figure"
        case .blankCue(let index):
            return "cue \(index + 1) has no words"
        case .conflictingUnits(let mine, let theirs, let definedIn):
            return "units \(Self.list(mine)) conflict with \(Self.list(theirs)) of the same indicator in \(definedIn); "
                + "leave \"units\" out to add cues to it, or choose another name"
        case .conflictingOption(let key, let definedIn):
            return "\"\(key)\" differs from the same indicator in \(definedIn); leave it out to add cues only"
        case .unknownReference(let key, let indicator):
            return "\"\(key)\" names \"\(indicator)\", which is neither built in nor defined in an extra file"
        case .badJurisdiction(let text):
            return "jurisdiction \"\(text)\" must be level:Name, e.g. province:Lai Châu or country:Việt Nam"
        }
    }

    private static func list(_ units: [String]) -> String {
        "[" + units.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
}

extension CatalogueError {
    /// A file or folder that could not be read.
    public static func unreadable(_ file: String, reason: String) -> CatalogueError { .init(file: file, .unreadable(reason: reason)) }
    static func syntax(_ file: String, line: Int?, column: Int?, detail: String) -> CatalogueError {
        .init(file: file, .syntax(line: line, column: column, detail: detail))
    }
    static func notAList(_ file: String, found: String) -> CatalogueError { .init(file: file, .notAList(found: found)) }
    static func unknownTopKey(_ file: String, _ key: String) -> CatalogueError { .init(file: file, .unknownTopKey(key)) }

    /// Errors about one entry of a file.
    struct EntryContext {
        var file: String
        var entry: Int
        var name: String?

        func entryNotObject() -> CatalogueError { make(.entryNotObject) }
        func unknownKey(_ key: String) -> CatalogueError { make(.unknownKey(key)) }
        func missing(_ key: String) -> CatalogueError { make(.missing(key)) }
        func wrongType(_ key: String, _ expected: String) -> CatalogueError { make(.wrongType(key: key, expected: expected)) }
        func badName(_ name: String) -> CatalogueError { make(.badName(name)) }
        func unknownUnit(_ unit: String) -> CatalogueError { make(.unknownUnit(unit)) }
        func unknownCountNoun(_ noun: String, known: [String]) -> CatalogueError { make(.unknownCountNoun(noun: noun, known: known)) }
        func noUnits() -> CatalogueError { make(.noUnits) }
        func emptyCues() -> CatalogueError { make(.emptyCues) }
        func blankCue(_ index: Int) -> CatalogueError { make(.blankCue(index: index)) }
        func conflictingUnits(_ mine: [String], _ theirs: [String], definedIn: String) -> CatalogueError {
            make(.conflictingUnits(mine: mine, theirs: theirs, definedIn: definedIn))
        }
        func conflictingOption(_ key: String, definedIn: String) -> CatalogueError { make(.conflictingOption(key: key, definedIn: definedIn)) }
        func unknownReference(_ key: String, _ indicator: String) -> CatalogueError { make(.unknownReference(key: key, indicator: indicator)) }
        func badJurisdiction(_ text: String) -> CatalogueError { make(.badJurisdiction(text)) }

        private func make(_ code: Code) -> CatalogueError {
            CatalogueError(file: file, entry: entry, indicator: name, code)
        }
    }
}
