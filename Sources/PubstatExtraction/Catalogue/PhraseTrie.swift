/// Longest-match look-up of folded phrases over tokens, keyed by token hashes. The edges live in
/// one flat open-addressing table keyed by (node, word), so a step is a multiply, a mask and a
/// compare: no per-node dictionaries, no re-hashing of the already hashed words.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private struct Edge: Sendable {
        var word: UInt64
        var node: Int32
        var child: Int32
    }

    private var edges: [Edge] = [Edge](repeating: Edge(word: 0, node: -1, child: 0), count: 16)
    private var edgeCount = 0
    private var payloads: [[Payload]] = [[]]
    /// First words of phrases, for a cheap first filter.
    private var firstWords = WordSet([])
    private var firsts: [UInt64] = []

    @inline(__always) private static func slot(_ word: UInt64, _ node: Int32, _ mask: Int) -> Int {
        let h = (word ^ UInt64(UInt32(bitPattern: node))) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    private func child(of node: Int32, _ word: UInt64) -> Int32? {
        let mask = edges.count - 1
        var i = Self.slot(word, node, mask)
        while true {
            let e = edges[i]
            if e.node < 0 { return nil }
            if e.node == node && e.word == word { return e.child }
            i = (i + 1) & mask
        }
    }

    private mutating func addEdge(_ node: Int32, _ word: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > edges.count {
            let old = edges
            edges = [Edge](repeating: Edge(word: 0, node: -1, child: 0), count: old.count * 2)
            edgeCount = 0
            for e in old where e.node >= 0 { addEdge(e.node, e.word, e.child) }
        }
        let mask = edges.count - 1
        var i = Self.slot(word, node, mask)
        while edges[i].node >= 0 { i = (i + 1) & mask }
        edges[i] = Edge(word: word, node: node, child: child)
        edgeCount += 1
    }

    mutating func insert(_ phrase: [UInt64], _ payload: Payload) {
        guard !phrase.isEmpty else { return }
        var node: Int32 = 0
        for word in phrase {
            if let next = child(of: node, word) {
                node = next
            } else {
                payloads.append([])
                let next = Int32(payloads.count - 1)
                addEdge(node, word, next)
                node = next
            }
        }
        payloads[Int(node)].append(payload)
        if !firsts.contains(phrase[0]) {
            firsts.append(phrase[0])
            firstWords = WordSet(firsts)
        }
    }

    /// The longest phrase starting at token `start` (not past `limit`): its end and payloads.
    /// Inlined, so the common answer (no phrase starts with this word) costs no call.
    @inline(__always)
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, payload: [Payload])? {
        guard start < limit, tokens[start].kind != .number, firstWords.contains(tokens[start].hash) else { return nil }
        return walk(tokens, from: start, limit: limit)
    }

    @inline(never)
    private func walk(_ tokens: [Token], from start: Int, limit: Int) -> (end: Int, payload: [Payload])? {
        var node: Int32 = 0
        var best = -1
        var bestNode: Int32 = 0
        var i = start
        while i < limit {
            let t = tokens[i]
            guard t.kind != .number, let next = child(of: node, t.hash) else { break }
            node = next
            i += 1
            if !payloads[Int(node)].isEmpty { best = i; bestNode = node }
        }
        return best < 0 ? nil : (best, payloads[Int(bestNode)])
    }

    /// True when some phrase starts with this word (a cheap first filter).
    @inline(__always) func startsPhrase(_ hash: UInt64) -> Bool { firstWords.contains(hash) }

    /// The first words of the phrases, for a filter shared by several tries (``TokenFlags/cueOpener``).
    var firstWordList: [UInt64] { firsts }
}
