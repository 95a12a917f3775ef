#if canImport(Glibc)
import Glibc
#endif

/// Renders an errno value as `ENOENT: No such file or directory`-like text.
enum ErrnoText {
    static func describe(_ errno: Int32) -> String {
        guard let text = strerror(errno) else { return "errno \(errno)" }
        return "errno \(errno): \(String(cString: text))"
    }
}
