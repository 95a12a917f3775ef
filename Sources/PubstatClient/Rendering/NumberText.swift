import PubstatModel

/// Number formats shared by the tables: `1,234,567.8` (comma thousands, dot decimals), `82.0%`, `+12.5%`.
public enum NumberText {
    /// `value` rounded to `fractionDigits`, with comma thousands separators.
    public static func grouped(_ value: Double, fractionDigits: Int = 1) -> String {
        guard value.isFinite else { return String(value) }
        let scale = (0..<fractionDigits).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var digits = String(whole)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        var text = (value < 0 && scaled > 0 ? "-" : "") + groups.joined(separator: ",")
        if fractionDigits > 0 { text += "." + fraction.paddedDigits(fractionDigits) }
        return text
    }

    /// `value` with every digit it has and no more (`2.324`, `127.54`, `1,534.2`, `350,000`), comma thousands:
    /// a figure as the bulletin wrote it, never rounded. Numbers too large or small for that print as Swift does (`1e-07`).
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return grouped(value, fractionDigits: 0) }
        let text = String(abs(value))  // the shortest decimal that reads back as `value`
        guard !text.contains("e") else { return String(value) }
        let parts = text.split(separator: ".", maxSplits: 1)
        var digits = String(parts[0])
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (value < 0 ? "-" : "") + groups.joined(separator: ",") + fraction
    }

    /// A count: whole numbers without decimals, others with one.
    public static func count(_ value: Double?) -> String {
        guard let value else { return "-" }
        return grouped(value, fractionDigits: value == value.rounded() ? 0 : 1)
    }

    /// `82.0%`, or `-` when absent.
    public static func percent(_ value: Double?) -> String {
        value.map { grouped($0) + "%" } ?? "-"
    }

    /// A change with its sign: `+12.5%`, `-3.0%`, or `-` when absent.
    public static func change(_ value: Double?) -> String {
        guard let value else { return "-" }
        return (value > 0 ? "+" : "") + grouped(value) + "%"
    }
}
