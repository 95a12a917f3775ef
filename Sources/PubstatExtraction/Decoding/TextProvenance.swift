/// Where the decoded text's bytes came from: the steps of decoding that changed lengths (line
/// ends, NFC, repair), each a ``RepairMap``, and the bytes skipped before the text (a UTF-8
/// byte-order mark). Traces a byte range of the decoded text back to the input text: the file's
/// own bytes when it is UTF-8; the UTF-8 transcoding of a UTF-16 or Windows-1258 file; the text
/// without markup of an HTML file.
struct TextProvenance: Sendable, Hashable {
    /// Input bytes before the text (3 for a UTF-8 byte-order mark).
    var skipped = 0
    /// The length-changing steps in the order they ran; identity steps are not kept.
    private(set) var steps: [RepairMap] = []

    /// The decoded text is the input text byte for byte, offsets included.
    var isIdentity: Bool { skipped == 0 && steps.isEmpty }

    /// Adds the map of the step that ran last.
    mutating func append(_ map: RepairMap) {
        if !map.isIdentity { steps.append(map) }
    }

    /// Forgets every earlier step: the input text starts here (HTML without its markup).
    mutating func restart() {
        self = TextProvenance()
    }

    /// The input bytes that a range of the decoded text was made from.
    func inputRange(of range: Range<Int>) -> Range<Int> {
        var r = range
        for step in steps.reversed() { r = step.inputRange(of: r) }
        return r.lowerBound + skipped..<r.upperBound + skipped
    }
}
