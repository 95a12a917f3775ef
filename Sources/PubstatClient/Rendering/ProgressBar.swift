/// A text bar of progress against a target, with the linear pace marked: `█████████│░░░░░░` is
/// 56 % of the estimate collected when 56 % of the year has passed. Past 100 % the bar ends in `+`.
public struct ProgressBar: Sendable {
    /// Characters between the brackets.
    public var width: Int

    public init(width: Int = 20) {
        self.width = max(4, width)
    }

    /// `[███████░░░│░░░░░░░░░]` for `pct` of the whole, with `│` where `pacePct` of it would be; `-`
    /// when the share is unknown.
    public func render(pct: Double?, pacePct: Double?) -> String {
        guard let pct, pct.isFinite, pct >= 0 else { return "-" }
        let filled = min(width, Int((pct / 100 * Double(width)).rounded()))
        var cells = Array(repeating: "░", count: width)
        for k in 0..<filled { cells[k] = "█" }
        if let pacePct, pacePct.isFinite, pacePct >= 0, pacePct <= 100 {
            let mark = min(width - 1, Int((pacePct / 100 * Double(width)).rounded(.down)))
            cells[mark] = "│"
        }
        return "[" + cells.joined() + "]" + (pct > 100 ? "+" : "")
    }
}
