#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// One inotify event: the watch, what happened, the rename cookie and the file name.
public struct InotifyEvent: Hashable, Sendable {
    public var watch: CInt
    public var mask: UInt32
    /// Pairs `IN_MOVED_FROM` with `IN_MOVED_TO` of the same rename.
    public var cookie: UInt32
    /// The name inside the watched directory; empty for events on the directory itself.
    public var name: String

    public init(watch: CInt, mask: UInt32, cookie: UInt32, name: String) {
        self.watch = watch
        self.mask = mask
        self.cookie = cookie
        self.name = name
    }

    /// Whether `mask` contains every bit of `flags`.
    public func has(_ flags: UInt32) -> Bool { mask & flags == flags }
}

/// An inotify instance (`inotify_init1(IN_CLOEXEC)`), closed on deinit.
public final class Inotify: Sendable {
    /// The descriptor, for `poll(2)` (see ``Posix/waitReadable(_:timeoutMillis:)``).
    public let fileDescriptor: CInt

    /// Masks for ``addWatch(_:mask:)`` and for ``InotifyEvent/mask``.
    public enum Mask {
        public static let create = UInt32(IN_CREATE)
        public static let closeWrite = UInt32(IN_CLOSE_WRITE)
        public static let movedTo = UInt32(IN_MOVED_TO)
        public static let movedFrom = UInt32(IN_MOVED_FROM)
        public static let delete = UInt32(IN_DELETE)
        public static let deleteSelf = UInt32(IN_DELETE_SELF)
        public static let moveSelf = UInt32(IN_MOVE_SELF)
        public static let onlyDirectory = UInt32(IN_ONLYDIR)
        /// Set in events: the name is a directory.
        public static let isDirectory = UInt32(IN_ISDIR)
        /// Set in events: the kernel queue overflowed; rescan the directory.
        public static let queueOverflow = UInt32(IN_Q_OVERFLOW)
        /// Set in events: the watch was removed.
        public static let ignored = UInt32(IN_IGNORED)
    }

    /// `inotify_init1(IN_CLOEXEC [| IN_NONBLOCK])`.
    public init(nonBlocking: Bool = false) throws {
        let flags = CInt(IN_CLOEXEC) | (nonBlocking ? CInt(IN_NONBLOCK) : 0)
        fileDescriptor = try syscall("inotify_init1") { inotify_init1(flags) }
    }

    deinit {
        try? Posix.close(fileDescriptor)
    }

    /// `inotify_add_watch(2)`; returns the watch descriptor.
    @discardableResult
    public func addWatch(_ path: String, mask: UInt32) throws -> CInt {
        try syscall("inotify_add_watch", path: path) { inotify_add_watch(fileDescriptor, path, mask) }
    }

    /// `inotify_rm_watch(2)`.
    public func removeWatch(_ watch: CInt) throws {
        try syscall("inotify_rm_watch") { inotify_rm_watch(fileDescriptor, watch) }
    }

    /// Reads the pending events; blocks until there is at least one unless non-blocking,
    /// in which case an empty array means none were pending.
    public func readEvents() throws -> [InotifyEvent] {
        // Large enough for many events; one event is at most 16 + NAME_MAX + 1 bytes.
        let capacity = 64 * 1024
        return try withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 8) { buffer in
            let count: Int
            do {
                count = try Posix.read(fileDescriptor, into: buffer)
            } catch let error as PosixError where error.isWouldBlock {
                return []
            }
            return Self.parse(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Parses a buffer of `struct inotify_event` records: a 16-byte header
    /// (`int wd; uint32_t mask, cookie, len`) followed by `len` bytes of NUL-padded name.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        let headerSize = 16
        while offset + headerSize <= bytes.count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: CInt.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let cookie = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + headerSize
            guard nameStart + length <= bytes.count else { break }
            let nameBytes = UnsafeRawBufferPointer(rebasing: bytes[nameStart ..< nameStart + length])
            let end = nameBytes.firstIndex(of: 0) ?? nameBytes.count
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: nameBytes[..<end]), as: UTF8.self)
            events.append(InotifyEvent(watch: wd, mask: mask, cookie: cookie, name: name))
            offset = nameStart + length
        }
        return events
    }
}
