/// The configuration file: `key = value` lines, `#` comments, keys named like the long flags.
///
///     # /etc/pubstat/pubstatd.conf
///     inbox = /srv/pubstat/inbox
///     settle = 2
public enum ConfigFile {
    /// Parses the file's text; throws on a line that is not `key = value` or an unknown key.
    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> [String: String] {
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw .malformedLine(path: path, line: index + 1, text: String(rawLine))
            }
            let key = trimmed[..<equals].trimmingSpaces
            let value = trimmed[trimmed.index(after: equals)...].trimmingSpaces
            guard DaemonConfiguration.Key(rawValue: key) != nil else {
                throw .unknownKey(key, source: "\(path):\(index + 1)")
            }
            values[key] = value.unquoted
        }
        return values
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }

    var unquoted: String {
        if count >= 2, let first, let last, first == last, first == "\"" || first == "'" {
            return String(dropFirst().dropLast())
        }
        return String(self)
    }
}
