import PubstatModel

/// What a re-extraction did.
public struct ReextractReport: Hashable, Sendable, Codable {
    public var extractorVersion: String
    /// Bulletins read again.
    public var examined: Int
    /// Bulletins whose figures changed: one `figures.revised` event each.
    public var revised: Int
    public var figuresSuperseded: Int
    public var figuresAdded: Int
    /// Bulletins whose raw copy is missing from the state folder.
    public var missingRaw: Int
    /// Sequence number of the last event appended, if any.
    public var lastSequence: UInt64?

    public init(extractorVersion: String) {
        self.extractorVersion = extractorVersion
        examined = 0
        revised = 0
        figuresSuperseded = 0
        figuresAdded = 0
        missingRaw = 0
    }
}
