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
        "có thể bạn quan tâm", "bạn có thể quan tâm", "có thể bạn chưa đọc", "tin tức liên quan", "tin cùng loại",
        "các tin cũ hơn", "các tin mới hơn",
        // ("Xem bài: <another article's headline>": a link to one article)
        "xem bài", "đọc bài", "xem tin",
    ].map(Lex.p)

    /// The first words of ``headings``: a line that opens with none of them opens no list (one look-up per line).
    private static let openers = WordSet(headings.map { $0[0] })

    /// The tokens of the list: from its heading to the end of the text, or to where the article resumes
    /// after a box of a few headlines set inside it ("Bài liên quan", two headlines, then the body goes on);
    /// nil when there is no list.
    var box: Range<Int>? {
        guard let start else { return nil }
        return start..<(resumption(after: start) ?? doc.count)
    }

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

    /// Where the article goes on after a box of headlines opened at `start`: the first line of prose (two
    /// sentences or more, ``proseTokens`` long) after at most ``boxHeadlines`` headline lines (shorter, no full
    /// stop at their end, or one short sentence). A line of any other shape, a teaser's sentences for one, leaves the list running
    /// to the end of the text.
    private func resumption(after start: Int) -> Int? {
        var lines = Self.lines(of: doc, from: start)
        guard !lines.isEmpty else { return nil }
        lines.removeFirst()  // the heading's own line
        var headlines = 0
        for line in lines {
            let endsSentence = doc.isPunct(line.upperBound - 1, ".")
            let sentences = doc.sentenceIndex(of: line.upperBound - 1) - doc.sentenceIndex(of: line.lowerBound) + 1
            // ("Du khách tham quan vườn quốc gia.": a photo's one-sentence caption between the box and the body counts as
            // one of its lines)
            if !endsSentence || sentences == 1, line.count < Self.proseTokens {
                headlines += 1
                if headlines > Self.boxHeadlines { return nil }
                continue
            }
            return headlines > 0 && line.count >= Self.proseTokens && sentences >= 2 ? line.lowerBound : nil
        }
        return nil
    }

    /// The token ranges of the text's lines from `start` on.
    private static func lines(of doc: Document, from start: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = start
        for k in (start + 1)..<doc.count where doc.tokens[k].newlineBefore {
            lines.append(lineStart..<k)
            lineStart = k
        }
        if lineStart < doc.count { lines.append(lineStart..<doc.count) }
        return lines
    }

    static let boxHeadlines = 6, proseTokens = 30
}
