/// Where a decoding step's output came from: the stretches it replaced (``TextRepair``, NFC, line
/// ends), in text order, so that a byte range of the output can be traced back to the input bytes
/// it was made from.
///
/// Between two edits the texts agree byte for byte, shifted by the length the edits before changed.
/// A range boundary that falls inside an edited stretch widens to the whole stretch.
struct RepairMap: Sendable, Hashable {
    /// One replaced stretch: `input` bytes of the step's input became `output` bytes of its output.
    struct Edit: Sendable, Hashable {
        var inputStart: Int
        var inputEnd: Int
        var outputStart: Int
        var outputEnd: Int
    }

    /// Sorted by position; neither inputs nor outputs overlap.
    private(set) var edits: [Edit] = []

    /// No edit: the output is the input.
    var isIdentity: Bool { edits.isEmpty }

    /// Records that `input` became `output`; edits are added in text order.
    mutating func record(input: Range<Int>, output: Range<Int>) {
        edits.append(Edit(inputStart: input.lowerBound, inputEnd: input.upperBound,
                          outputStart: output.lowerBound, outputEnd: output.upperBound))
    }

    /// The input bytes that a range of the output was made from.
    func inputRange(of output: Range<Int>) -> Range<Int> {
        guard !edits.isEmpty else { return output }
        let start = inputOffset(start: output.lowerBound)
        return start..<max(start, inputOffset(end: output.upperBound))
    }

    /// A start boundary: inside an edit it moves to the edit's start.
    private func inputOffset(start offset: Int) -> Int {
        guard let k = lastEdit(where: { $0.outputStart <= offset }) else { return offset }
        let e = edits[k]
        return offset < e.outputEnd ? e.inputStart : offset + e.inputEnd - e.outputEnd
    }

    /// An end boundary: inside an edit, or at its end, it moves to the edit's end.
    private func inputOffset(end offset: Int) -> Int {
        guard let k = lastEdit(where: { $0.outputStart < offset }) else { return offset }
        let e = edits[k]
        return offset <= e.outputEnd ? e.inputEnd : offset + e.inputEnd - e.outputEnd
    }

    /// Binary search: the last edit satisfying a predicate that holds for a prefix of the edits.
    private func lastEdit(where holds: (Edit) -> Bool) -> Int? {
        var lo = 0, hi = edits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if holds(edits[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }
}
