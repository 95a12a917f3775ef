/// Numbers in flag messages: at most two decimals, no trailing zeros, no grouping (`1474.15`, `82`).
enum FlagNumber {
    static func text(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }

    /// `abcd1234`: the first 8 hex digits of a bulletin id, enough for `pubstatctl bulletin`.
    static func bulletin(_ source: FigureSource) -> String {
        String(source.bulletin.rawValue.prefix(8))
    }
}
