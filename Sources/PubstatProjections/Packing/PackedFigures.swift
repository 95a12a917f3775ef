import PubstatModel

/// One bulletin's figures, packed into a single buffer of exactly their size; what the
/// catalog and the series keep (one buffer shared by both, and by both projection copies).
///
/// On the generated corpus (~23 figures a bulletin) `[Figure]` took ~13 kB a bulletin: a
/// `Figure` is ~450 bytes inline, mostly absent optionals, in an array with growth slack, plus
/// a heap string per quote. Packed, with strings inline, ~2.5 kB. Read back when a bulletin,
/// its series or a snapshot asks.
struct PackedFigures: Hashable, Sendable, Codable {
    /// The packed figures (internal so tests can see that copies share it).
    let bytes: [UInt8]
    /// How many figures are packed.
    let count: Int

    static let empty = PackedFigures([])

    init(_ figures: [Figure]) {
        var writer = PackedWriter()
        for figure in figures { writer.figure(figure) }
        bytes = writer.finished()
        count = figures.count
    }

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
