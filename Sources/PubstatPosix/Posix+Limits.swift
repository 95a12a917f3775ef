#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// The soft and hard limits on open file descriptors (`RLIMIT_NOFILE`).
public struct DescriptorLimit: Hashable, Sendable {
    /// What the process may open now.
    public var soft: UInt64
    /// What the soft limit may be raised to without privileges.
    public var hard: UInt64
}

extension Posix {
    /// `getrlimit(RLIMIT_NOFILE)`.
    public static func descriptorLimit() throws -> DescriptorLimit {
        var limit = rlimit()
        try syscall("getrlimit(RLIMIT_NOFILE)") { getrlimit(resourceNoFile, &limit) }
        return DescriptorLimit(soft: UInt64(limit.rlim_cur), hard: UInt64(limit.rlim_max))
    }

    /// Raises the soft descriptor limit to the hard one (shells and many supervisors leave it at
    /// 1,024 however high the hard limit is); returns the limits in force afterwards.
    @discardableResult
    public static func raiseDescriptorLimit() throws -> DescriptorLimit {
        var current = try descriptorLimit()
        guard current.soft < current.hard else { return current }
        var limit = rlimit(rlim_cur: rlim_t(current.hard), rlim_max: rlim_t(current.hard))
        try syscall("setrlimit(RLIMIT_NOFILE)") { setrlimit(resourceNoFile, &limit) }
        current.soft = current.hard
        return current
    }
}

#if canImport(Glibc)
private let resourceNoFile = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
#else
private let resourceNoFile = RLIMIT_NOFILE
#endif
