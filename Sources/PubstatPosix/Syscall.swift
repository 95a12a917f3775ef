#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

// Every system call in pubstat goes through one of these two funnels (`syscall` for calls
// returning -1 on failure, `syscallNonNil` for calls returning NULL). They retry `EINTR`,
// turn `-1`/`NULL` into a `PosixError` carrying errno, the call name and the path, and trap
// on errnos that can only mean a programming error (a closed or wrong descriptor, a bad
// pointer) rather than a condition of the machine.

/// Errnos that mean pubstat itself is broken: continuing could write to the wrong file.
@usableFromInline
func isProgrammerError(_ err: CInt) -> Bool {
    err == EFAULT || err == EBADF
}

/// Runs `body` until it does not fail with `EINTR`; `-1` becomes a `PosixError`.
/// `EBADF` and `EFAULT` trap: they mean a pubstat bug, not a condition of the machine.
@inline(__always)
@discardableResult
public func syscall<T: FixedWidthInteger>(
    _ call: String, path: String? = nil, destination: String? = nil, _ body: () throws -> T
) throws -> T {
    while true {
        let result = try body()
        if result != -1 { return result }
        let err = errno
        if err == EINTR { continue }
        precondition(
            !isProgrammerError(err),
            "\(call)(\(path ?? "")) failed with errno \(err) (\(String(cString: strerror(err)))): a pubstat bug"
        )
        throw PosixError(errno: err, call: call, path: path, destination: destination)
    }
}

/// Runs `body` until it does not fail with `EINTR`; `nil` becomes a `PosixError`.
@inline(__always)
public func syscallNonNil<T>(
    _ call: String, path: String? = nil, _ body: () throws -> T?
) throws -> T {
    while true {
        if let result = try body() { return result }
        let err = errno
        if err == EINTR { continue }
        precondition(
            !isProgrammerError(err),
            "\(call)(\(path ?? "")) failed with errno \(err) (\(String(cString: strerror(err)))): a pubstat bug"
        )
        throw PosixError(errno: err, call: call, path: path)
    }
}
