import PubstatPosix

/// Reads and parses the configuration file.
public enum ConfigLoader {
    public static func values(from path: String) throws(ConfigurationError) -> [String: String] {
        let bytes: [UInt8]
        do {
            bytes = try Posix.readFile(path, maxBytes: 1 << 20)
        } catch {
            throw .unreadableFile(path: path, reason: "\(error)")
        }
        return try ConfigFile.parse(String(decoding: bytes, as: UTF8.self), path: path)
    }
}
