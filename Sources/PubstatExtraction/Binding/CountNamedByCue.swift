import PubstatModel

extension SentenceBinder {
    /// "Số tiêu chí đạt bình quân của tỉnh là 14,5", "69/101⏎Là số xã đạt chuẩn nông thôn mới": a bare number
    /// that "là" joins to a cue naming what it counts ("số xã", "số tiêu chí") is a count of that noun (the quantities to read so, with the noun).
    func countsNamedByCues() -> [(quantity: Int, noun: UInt64)] {
        var named: [(quantity: Int, noun: UInt64)] = []
        for i in quantities.indices where quantities[i].unitClass == .none {
            let q = quantities[i]
            guard timeline.anyMention(startingAt: q.tokens.lowerBound) == nil,
                  let noun = cues.lazy.compactMap({ cue in self.countNoun(of: cue, joinedTo: q) }).first else { continue }
            named.append((i, noun))
        }
        return named
    }

    /// The count noun `cue` names, when "là" joins it to `q`: "<cue> … là q" (a few words, no number or mark
    /// between) or "q là (số) <cue>".
    private func countNoun(of cue: Cue, joinedTo q: Quantity) -> UInt64? {
        let before = q.tokens.lowerBound - 1
        let joined: Bool
        if doc.isWord(before, Lex.la), cue.end <= before, before - cue.end <= 4 {
            joined = (cue.end..<before).allSatisfy { doc.tokens[$0].kind == .word }
        } else {
            joined = doc.isWord(q.tokens.upperBound, Lex.la) && cue.start == q.tokens.upperBound + 1
        }
        guard joined else { return nil }
        for k in cue.start..<cue.end {
            guard let m = catalogue.countNouns.longestMatch(in: doc.tokens, at: k, limit: cue.end) else { continue }
            let noun = m.payload[0]
            let counted = cue.entries.contains { e in
                catalogue.entry(e).units.contains { $0.unitClass == .count && $0.nouns.contains(noun) }
            }
            return counted ? noun : nil
        }
        return nil
    }
}
