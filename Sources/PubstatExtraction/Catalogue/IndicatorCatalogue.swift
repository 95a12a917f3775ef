import PubstatModel

/// The indicator catalogue an extractor runs with: the built-in one (`indicators.json`,
/// compiled in), plus any extra indicator files an operator adds (new indicators, or more cue
/// phrases for built-in ones). A value: build it once, hand it to ``BulletinExtractor/init(catalogue:)``.
public struct IndicatorCatalogue: Sendable {
    /// An extra indicator file: its path (for messages) and its bytes.
    public struct ExtraFile: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    let catalogue: Catalogue
    /// The paths of the extra files merged in, in the order they were applied.
    public let extraFiles: [String]
    /// `cat.` and 12 hex digits of a hash of the extra files' names and bytes; nil for the built-in catalogue.
    public let fingerprint: String?

    /// The catalogue compiled into the binary.
    public static let builtIn = IndicatorCatalogue(catalogue: Catalogue.shared, extraFiles: [], fingerprint: nil)

    private init(catalogue: Catalogue, extraFiles: [String], fingerprint: String?) {
        self.catalogue = catalogue
        self.extraFiles = extraFiles
        self.fingerprint = fingerprint
    }

    /// The built-in catalogue with `files` merged in, in the given order. A file's entry with a
    /// new name adds an indicator (it needs `units` and `cues`); an entry naming an indicator
    /// already known adds its cues, and any `units` or option it states must agree.
    /// Throws the first problem found, naming the file and the entry.
    public init(extraFiles files: [ExtraFile]) throws(CatalogueError) {
        guard !files.isEmpty else {
            self = .builtIn
            return
        }
        var merger = CatalogueMerger(base: Catalogue.shared)
        for file in files {
            try merger.merge(try CatalogueFileEntry.parse(file: file.path, bytes: file.bytes))
        }
        try merger.checkReferences()
        self.init(catalogue: merger.catalogue, extraFiles: files.map(\.path), fingerprint: Self.fingerprint(of: files))
    }

    /// Every indicator name the catalogue binds figures to.
    public var indicators: [Indicator] { catalogue.entries.map(\.indicator) }

    /// FNV-1a (64 bits) over each file's base name and bytes: a change to any file, a file
    /// added, removed or renamed changes it; the folder the files sit in does not.
    static func fingerprint(of files: [ExtraFile]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        for file in files {
            for b in (file.path.split(separator: "/").last ?? "").utf8 { mix(b) }
            mix(0)
            for b in file.bytes { mix(b) }
            mix(0xFF)
        }
        let hex = String(hash, radix: 16)
        return "cat." + String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
    }
}
