/// Longest-match look-up of folded phrases over tokens, keyed by token hashes.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [UInt64: Int32] = [:]
        var payload: [Payload] = []
    }

    private var nodes: [Node] = [Node()]

    mutating func insert(_ phrase: [UInt64], _ payload: Payload) {
        guard !phrase.isEmpty else { return }
        var node = 0
        for word in phrase {
            if let next = nodes[node].children[word] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[word] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        nodes[node].payload.append(payload)
    }

    /// The longest phrase starting at token `start` (not past `limit`): its end and payloads.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> (end: Int, payload: [Payload])? {
        var node = 0
        var best: (Int, [Payload])?
        var i = start
        while i < limit {
            guard let next = nodes[node].children[tokens[i].hash], tokens[i].kind != .number else { break }
            node = Int(next)
            i += 1
            if !nodes[node].payload.isEmpty { best = (i, nodes[node].payload) }
        }
        return best
    }

    /// True when some phrase starts with this word (a cheap first filter).
    func startsPhrase(_ hash: UInt64) -> Bool { nodes[0].children[hash] != nil }
}
