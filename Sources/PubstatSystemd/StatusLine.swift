/// The human-readable `STATUS=` line shown by `systemctl status pubstatd`.
public enum StatusLine {
    /// `ingested 1,234 bulletins, 0 in inbox, head seq 56,789`; `failed` is appended only when non-zero.
    public static func format(ingested: Int, inInbox: Int, headSequence: UInt64?, failed: Int = 0) -> String {
        let noun = ingested == 1 ? "bulletin" : "bulletins"
        var parts = [
            "ingested \(grouped(ingested)) \(noun)",
            "\(grouped(inInbox)) in inbox",
        ]
        if failed != 0 { parts.append("\(grouped(failed)) failed") }
        parts.append(headSequence.map { "head seq \(grouped($0))" } ?? "log empty")
        return parts.joined(separator: ", ")
    }

    /// Decimal digits with a comma every three: `1234567` → `1,234,567`.
    public static func grouped<Value: BinaryInteger>(_ value: Value) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
