#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

extension Posix {
    /// The login name of `uid` in the user database (`getpwuid_r(3)`: /etc/passwd, or whatever
    /// NSS is set up to ask); nil when no entry has that uid. Throws when the lookup itself fails.
    public static func userName(uid: UInt32) throws -> String? {
        var capacity = 1024
        while true {
            var entry = passwd()
            var found: UnsafeMutablePointer<passwd>?
            var buffer = [CChar](repeating: 0, count: capacity)
            // getpwuid_r returns the error number instead of setting errno; the funnel wants -1 and errno.
            let result = try syscall("getpwuid_r(\(uid))") { () -> CInt in
                let code = getpwuid_r(uid_t(uid), &entry, &buffer, buffer.count, &found)
                guard code != 0, code != ERANGE else { return code }
                // getpwuid_r(3): these mean "no such user" with some NSS modules, not a failure.
                if [ENOENT, ESRCH, EBADF, EPERM].contains(code) {
                    found = nil
                    return 0
                }
                errno = code
                return -1
            }
            if result == ERANGE, capacity < 1 << 20 {
                capacity *= 4
                continue
            }
            guard let found, let name = found.pointee.pw_name else { return nil }
            return String(cString: name)
        }
    }

    /// The real user id of this process (`getuid(2)`, which cannot fail).
    public static func currentUserID() -> UInt32 {
        UInt32(getuid())
    }
}
