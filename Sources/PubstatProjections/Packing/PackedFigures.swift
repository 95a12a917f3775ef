import PubstatModel

/// One bulletin's figures, packed into a single buffer of exactly their size; what the
/// catalog and the series keep (one buffer shared by both, and by both projection copies).
///
/// On the generated corpus (~23 figures a bulletin) `[Figure]` took ~13 kB a bulletin: a
/// `Figure` is ~450 bytes inline, mostly absent optionals, in an array with growth slack, plus
/// a heap string per quote. Packed, with strings inline, ~2.5 kB; kept by a
/// ``PackedRecordSpill`` when the daemon has one (then ~40 bytes stay in memory). Read back
/// when a bulletin, its series or a snapshot asks.
struct PackedFigures: Hashable, Sendable, Codable {
    /// Where the packed figures are.
    let packed: PackedBytes
    /// How many figures are packed.
    let count: Int

    static let empty = PackedFigures([])

    /// `spill`, when given, keeps the packed bytes out of memory.
    init(_ figures: [Figure], spill: (any PackedRecordSpill)? = nil) {
        var writer = PackedWriter()
        for figure in figures { writer.figure(figure) }
        packed = PackedBytes(writer.finished(), spill: spill)
        count = figures.count
    }

    /// The packed figures (internal so tests can see that copies share them).
    var bytes: [UInt8] { packed.bytes }

    /// The figures, in the order they were packed.
    var figures: [Figure] {
        var reader = PackedReader(bytes)
        return (0..<count).map { _ in reader.figure() }
    }

    init(from decoder: any Decoder) throws {
        self.init(try [Figure](from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try figures.encode(to: encoder)
    }
}
