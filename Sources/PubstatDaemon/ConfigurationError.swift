/// A configuration problem, worded for the person who wrote the configuration.
public enum ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformedLine(path: String, line: Int, text: String)
    case unknownKey(String, source: String)
    case invalidValue(key: String, value: String, expected: String, source: String)
    case unreadableFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .malformedLine(let path, let line, let text):
            "\(path):\(line): expected `key = value`, found `\(text)`"
        case .unknownKey(let key, let source):
            "\(source): unknown setting `\(key)`; known settings: \(DaemonConfiguration.Key.allCases.map(\.rawValue).joined(separator: ", "))"
        case .invalidValue(let key, let value, let expected, let source):
            "\(source): `\(key)` is `\(value)`, expected \(expected)"
        case .unreadableFile(let path, let reason):
            "cannot read the configuration file \(path): \(reason)"
        }
    }
}
