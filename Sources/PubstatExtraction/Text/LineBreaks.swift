#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the lines of a text end: the offsets of its line feeds, found once with `memchr`, so the line around
/// a byte is a binary search away instead of a walk out to both of its ends.
struct LineBreaks: Sendable {
    /// The text's length in bytes.
    let count: Int
    /// The offset of every line feed, ascending.
    private let feeds: [Int]

    init(_ text: [UInt8]) {
        count = text.count
        var feeds: [Int] = []
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var i = 0
            while i < buffer.count, let hit = memchr(base + i, 0x0A, buffer.count - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                feeds.append(at)
                i = at + 1
            }
        }
        self.feeds = feeds
    }

    /// The bytes of the line holding byte `offset` (from after the line feed before it to the next line feed
    /// or the text's end, both excluded). `offset` must lie inside the text.
    func line(around offset: Int) -> Range<Int> {
        // the first line feed at `offset` or after ends the line; the one before it (if any) starts it
        var low = 0, high = feeds.count
        while low < high {
            let mid = (low + high) / 2
            if feeds[mid] < offset { low = mid + 1 } else { high = mid }
        }
        let end = low < feeds.count ? feeds[low] : count
        let start = low > 0 ? feeds[low - 1] + 1 : 0
        return start..<end
    }
}
