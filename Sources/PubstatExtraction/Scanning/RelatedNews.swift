/// The list of other articles a portal shows after a bulletin ("Tin liên quan:", "Các bài viết khác",
/// "Tin cùng chuyên mục"): their headlines carry their own figures, not this bulletin's. An official
/// letter's distribution list ("Nơi nhận: Bộ VHTTDL; Cục Du lịch Quốc gia Việt Nam; …") ends its text the
/// same way: it names the addressees, not what the letter is about.
struct RelatedNews {
    let doc: Document

    /// Headings that open such a list, folded as the text is.
    static let headings: [[UInt64]] = [
        "tin liên quan", "tin khác", "các tin khác", "bài viết liên quan", "các bài viết khác", "tin cùng chuyên mục",
        "tin mới nhất", "tin đọc nhiều", "tin bài liên quan", "tin đã đưa", "xem thêm", "đọc thêm", "nơi nhận",
        "bài liên quan", "các bài liên quan", "bài viết khác", "bài cùng chuyên mục", "tin bài khác",
        "đọc nhiều", "xem nhiều", "tin xem nhiều", "bài đọc nhiều", "bài xem nhiều",
    ].map(Lex.p)

    /// The first words of ``headings``: a line that opens with none of them opens no list (one look-up per line).
    private static let openers = WordSet(headings.map { $0[0] })

    /// The first token of the first such heading on a line of its own (or followed by ":"), after the
    /// first sentence; nil when there is none.
    var start: Int? {
        for sentence in doc.sentences.dropFirst() {
            guard doc.tokens[sentence.lowerBound].newlineBefore else { continue }
            // ("**Tin liên quan:**", "## Tin khác": a page saved as Markdown marks the heading)
            var k = sentence.lowerBound
            while k < sentence.upperBound, k - sentence.lowerBound < 3, isMarkdownMark(k) { k += 1 }
            guard k < sentence.upperBound, Self.openers.contains(doc.tokens[k].hash),
                  let heading = Self.headings.first(where: { doc.matches($0, at: k) }) else { continue }
            var end = k + heading.count
            while end < sentence.upperBound, isMarkdownMark(end), !doc.tokens[end].newlineBefore { end += 1 }
            if end >= sentence.upperBound || doc.isPunct(end, ":") || doc.tokens[end].newlineBefore { return sentence.lowerBound }
        }
        return nil
    }

    private func isMarkdownMark(_ k: Int) -> Bool { doc.isPunct(k, "*") || doc.isPunct(k, "#") }
}
