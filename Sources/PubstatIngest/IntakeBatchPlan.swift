/// How the files ready for intake are cut into batches: one durable append per batch, so batches
/// are as large as allowed, but a batch holds its files' bytes until its append, so its size in
/// bytes is bounded as well as its count of files.
enum IntakeBatchPlan {
    /// The names in order, cut into batches of at most `maxFiles` files whose sizes add up to at
    /// most `maxBytes`; a file larger than `maxBytes` is a batch of its own.
    static func batches(_ files: [(name: String, bytes: Int64)], maxFiles: Int, maxBytes: Int64) -> [[String]] {
        var batches: [[String]] = []
        var current: [String] = []
        var currentBytes: Int64 = 0
        for file in files {
            if !admits(file.bytes, count: current.count, bytes: currentBytes, maxFiles: maxFiles, maxBytes: maxBytes) {
                batches.append(current)
                current = []
                currentBytes = 0
            }
            current.append(file.name)
            currentBytes += max(0, file.bytes)
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// True when a batch of `count` files and `bytes` bytes may take a further file of `fileBytes`:
    /// an empty batch takes any file; any other stays within `maxFiles` and `maxBytes`.
    static func admits(_ fileBytes: Int64, count: Int, bytes: Int64, maxFiles: Int, maxBytes: Int64) -> Bool {
        count == 0 || (count < maxFiles && bytes + max(0, fileBytes) <= maxBytes)
    }
}
