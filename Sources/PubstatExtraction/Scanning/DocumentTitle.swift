/// Pipeline step 4d: the bulletin's title, the first headline-like line after the portal's chrome.
///
/// Chrome is what a saved portal page carries around the article: share buttons and font-size
/// widgets, breadcrumbs and menus, hotlines and contact lines, date lines, letterheads, and the
/// archive's leading ` date YYYY-MM` marker. A headline has a few words, starts like a sentence
/// and does not end with a full stop (a caption or a sentence does); a kicker ending in `:` joins
/// the line after it. The search stops at the first paragraph of prose: a line below it is a caption.
struct DocumentTitle {
    let doc: Document

    /// Lines looked at before giving up.
    static let maxLines = 25
    static let minWords = 5
    static let maxWords = 40
    /// Tokens beyond which a line is not looked at as a title (a headline has far fewer).
    static let maxLineTokens = 120

    /// Lowercased marks of page chrome; a line holding one is not a title.
    static let chromeMarks = [
        "chia sẻ", "facebook", "twitter", "zalo", "tương phản", "cỡ chữ", "a- a a+", "in bài", "bản in", "lượt xem",
        "đường dây nóng", "hotline", "trang chủ", "đăng nhập", "tìm kiếm", "gmt+", "email:", "e-mail:", "điện thoại:",
        "tel:", "fax:", "bản quyền", "copyright", "»", "›", "cổng thông tin điện tử", "trang thông tin điện tử",
    ]
    /// ``chromeMarks`` folded as the text is (lower case, no tone marks), searched in a line's
    /// folded bytes: no Foundation string search per line. Marks that are symbols (`»`, `›`) are
    /// searched in the line's own UTF-8.
    static let foldedChromeMarks: [[UInt8]] = chromeMarks.filter { $0.unicodeScalars.contains { $0.isASCII || $0.properties.isAlphabetic } }
        .map { Folding.fold($0) }
    static let symbolChromeMarks: [[UInt8]] = chromeMarks.filter { !$0.unicodeScalars.contains { $0.isASCII || $0.properties.isAlphabetic } }
        .map { Array($0.utf8) }

    /// ``foldedChromeMarks`` sorted by first byte, and for each byte the range of those starting with it.
    static let marksByFirstByte: (marks: [[UInt8]], ranges: [Range<Int>]) = {
        let marks = foldedChromeMarks.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var ranges = [Range<Int>](repeating: 0..<0, count: 256)
        var k = 0
        while k < marks.count {
            var end = k
            while end < marks.count, marks[end][0] == marks[k][0] { end += 1 }
            ranges[Int(marks[k][0])] = k..<end
            k = end
        }
        return (marks, ranges)
    }()

    /// Whether any of ``foldedChromeMarks`` occurs in `haystack`: one pass over the line, trying at
    /// each byte only the marks that start with it (not one pass per mark).
    static func containsChromeMark(_ haystack: ArraySlice<UInt8>) -> Bool {
        let (marks, ranges) = marksByFirstByte
        var i = haystack.startIndex
        while i < haystack.endIndex {
            for m in ranges[Int(haystack[i])] {
                let mark = marks[m]
                guard haystack.endIndex - i >= mark.count else { continue }
                var k = 1
                while k < mark.count, haystack[i + k] == mark[k] { k += 1 }
                if k == mark.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains<C: RandomAccessCollection<UInt8>>(_ haystack: C, _ needle: [UInt8]) -> Bool where C.Index == Int {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Uppercase openings of a letterhead (the agency and site above the article).
    static let letterheads = [
        "BỘ ", "CỤC ", "TỔNG CỤC ", "SỞ ", "UBND ", "ỦY BAN ", "UỶ BAN ", "HĐND ", "TRANG THÔNG TIN", "CỔNG THÔNG TIN",
        "TRANG TIN", "CỔNG TTĐT", "BÁO ĐIỆN TỬ",
    ]

    func find() -> String? {
        var k = 0
        var kicker: String?
        for _ in 0..<Self.maxLines {
            guard k < doc.count else { break }
            var end = k + 1
            while end < doc.count, !doc.tokens[end].newlineBefore { end += 1 }
            defer { k = end }
            var start = k
            if let afterArchive = archiveMarkerEnd(k, end) { start = afterArchive }
            guard start < end else { continue }
            // a line this long is prose: no need to look at its text (a 10 MB line stays cheap)
            if end - start > Self.maxLineTokens { break }
            let line = Line(doc: doc, range: start..<end)
            if line.isChrome {
                kicker = nil
                continue
            }
            if line.isKicker {
                kicker = line.text
                continue
            }
            if let headline = line.headline {
                if let kicker { return kicker + " " + headline }
                return headline
            }
            if line.isProse { break }
            kicker = nil
        }
        return nil
    }

    /// The token after ` date YYYY-MM` or ` date YYYY-MM-DD` at the start of the text.
    private func archiveMarkerEnd(_ k: Int, _ end: Int) -> Int? {
        guard k == 0, doc.isWord(0, Lex.date), doc.integer(1) != nil, doc.isPunct(2, "-"), doc.integer(3) != nil else { return nil }
        if doc.isPunct(4, "-"), doc.integer(5) != nil { return min(6, end) }
        return min(4, end)
    }

    /// One line of the text, and what it looks like.
    struct Line {
        let doc: Document
        let range: Range<Int>

        var text: String { doc.original(range) }
        var words: Int { range.reduce(0) { $0 + (doc.tokens[$1].kind == .word ? 1 : 0) } }
        var numbers: Int { range.reduce(0) { $0 + (doc.tokens[$1].kind == .number ? 1 : 0) } }

        var isChrome: Bool {
            let text = self.text
            let folded = doc.text.bytes[Int(doc.tokens[range.lowerBound].start)..<Int(doc.tokens[range.upperBound - 1].end)]
            if DocumentTitle.containsChromeMark(folded) { return true }
            let utf8 = Array(text.utf8)
            if DocumentTitle.symbolChromeMarks.contains(where: { DocumentTitle.contains(utf8, $0) }) { return true }
            if folded.starts(with: Array("home ".utf8)) || folded.elementsEqual(Array("home".utf8)) { return true }
            // a date or time line: numbers outweigh words
            if numbers >= 3, words <= 8 { return true }
            // a phone number: nine or more digits in a row, spaces and dots allowed
            var digits = 0
            for c in text.unicodeScalars {
                if ("0"..."9").contains(c) { digits += 1; if digits >= 9 { return true } } else if c != " " && c != "." { digits = 0 }
            }
            // the prefix first: uppercasing a whole line costs more than the rest of the title search
            // (and an ASCII lowercase letter before uppercasing: no uppercase mapping gives one back, so such a line
            // never equals its uppercase)
            // (and a prefix's first byte before the prefix: both are NFC, so a prefix starts with the text's first byte)
            if let first = text.utf8.first, DocumentTitle.letterheads.contains(where: { $0.utf8.first == first && text.hasPrefix($0) }),
               !text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }), text == text.uppercased() { return true }
            return false
        }

        /// A paragraph: many words, or a finished sentence of more than a few.
        var isProse: Bool {
            let w = words
            return w > DocumentTitle.maxWords || (w > 15 && doc.isPunct(range.upperBound - 1, "."))
        }

        /// A short lead-in ending in `:` above the headline (`Phiên họp tháng 9:`).
        var isKicker: Bool {
            guard doc.isPunct(range.upperBound - 1, ":"), (2...10).contains(words), let first = text.first else { return false }
            return first.isUppercase
        }

        /// The line as a headline; for a line that runs on into the lead after a newsroom tag
        /// (`… tăng hơn 40%  (QNO) - Tổng số …`), the part before the tag.
        var headline: String? {
            if let tag = newsroomTag(), tag - range.lowerBound >= 1 {
                let head = Line(doc: doc, range: range.lowerBound..<tag)
                return head.isHeadlineShaped ? head.text : nil
            }
            return isHeadlineShaped ? text : nil
        }

        private var isHeadlineShaped: Bool {
            let w = words
            guard w >= DocumentTitle.minWords, !isProse, let first = text.unicodeScalars.first else { return false }
            // a closing full stop makes a caption or a sentence; an ellipsis may end a headline
            if doc.isPunct(range.upperBound - 1, "."), !doc.isPunct(range.upperBound - 2, ".") { return false }
            // starts like a sentence: a capital, a digit or a quote; not a list bullet, menu or markup
            let c = Character(first)
            return c.isUppercase || c.isNumber || "\"“‘'«".contains(c)
        }

        /// Where `(ABC) -` or `(ABC) –` starts in the line, after some words: a newsroom's tag
        /// opening the lead.
        private func newsroomTag() -> Int? {
            var j = range.lowerBound + DocumentTitle.minWords
            while j + 3 < range.upperBound {
                if doc.isPunct(j, "("), doc.isPunct(j + 2, ")"), doc.isCapitalised(j + 1),
                   doc.original(j + 3..<j + 4) == "-" || doc.original(j + 3..<j + 4) == "–" {
                    return j
                }
                j += 1
            }
            return nil
        }
    }
}
