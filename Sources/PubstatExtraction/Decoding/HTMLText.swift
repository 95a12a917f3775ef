/// HTML to plain text on UTF-8 bytes: drops `script`/`style`/comments and tags, decodes
/// entities, and turns block boundaries into line breaks. One linear pass, no regular expressions.
enum HTMLText {
    /// True for `.html`/`.htm` names, or content that opens like an HTML document.
    static func looksLikeHTML(fileName: String, bytes: [UInt8]) -> Bool {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return false }
        let head = bytes[i..<min(bytes.count, i + 2048)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for marker in ["<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<meta"] {
            if contains(head, Array(marker.utf8)) { return true }
        }
        return false
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if hay[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "hr", "dd", "dt",
        "dl", "figure", "figcaption", "form", "title", "option", "td", "th",
    ]

    static func plainText(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                i = skipTag(bytes, from: i, into: &out)
            } else if b == UInt8(ascii: "&") {
                i = decodeEntity(bytes, at: i, into: &out)
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// Skips the markup starting at `start` (`<`); returns the index after it.
    private static func skipTag(_ bytes: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        let n = bytes.count
        var i = start + 1
        if i + 2 < n, bytes[i] == UInt8(ascii: "!"), bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: "-") {
            // comment: up to -->
            i += 3
            while i + 2 < n, !(bytes[i] == 45 && bytes[i + 1] == 45 && bytes[i + 2] == 62) { i += 1 }
            return min(n, i + 3)
        }
        let closing = i < n && bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        var name: [UInt8] = []
        while i < n, name.count < 16, isNameByte(bytes[i]) {
            name.append(bytes[i] | 0x20)
            i += 1
        }
        // not a tag after all ("a < b"): keep the character
        if name.isEmpty && !closing && !(i < n && (bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "?"))) {
            out.append(UInt8(ascii: "<"))
            return start + 1
        }
        var quote: UInt8 = 0
        while i < n {
            let c = bytes[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 34 || c == 39 {
                quote = c
            } else if c == UInt8(ascii: ">") {
                break
            }
            i += 1
        }
        let attributes = (start + 1 + name.count + (closing ? 1 : 0))..<i
        i = min(n, i + 1)
        let tag = String(decoding: name, as: UTF8.self)
        // an infographic's text is its image's description: an `alt` long enough to hold a sentence with a number
        if !closing, tag == "img", let alt = altText(bytes, in: attributes) {
            out.append(UInt8(ascii: "\n"))
            var k = alt.lowerBound
            while k < alt.upperBound {
                if bytes[k] == UInt8(ascii: "&") { k = decodeEntity(bytes, at: k, into: &out) } else { out.append(bytes[k]); k += 1 }
            }
            out.append(UInt8(ascii: "\n"))
            return i
        }
        if !closing, tag == "script" || tag == "style" {
            return skipRawText(bytes, from: i, closing: Array("</\(tag)".utf8))
        }
        if tag == "td" || tag == "th" {
            // a table row becomes one line of cells between "|", as tables flattened to text are written
            let previous = out.last(where: { $0 != UInt8(ascii: " ") })
            if closing || previous == nil || previous == UInt8(ascii: "\n") || previous == UInt8(ascii: "|") {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "|"), UInt8(ascii: " ")])
            }
        } else if blockTags.contains(tag) {
            out.append(UInt8(ascii: "\n"))
        }
        return i
    }

    /// The value of an `alt="…"` attribute of at least 40 bytes with a digit in it ("Tăng trưởng GRDP quý I ước đạt
    /// 7,92%…"), not a logo's or a photo's caption.
    private static func altText(_ bytes: [UInt8], in attributes: Range<Int>) -> Range<Int>? {
        var k = attributes.lowerBound
        while k + 5 < attributes.upperBound {
            let isAlt = bytes[k] | 0x20 == UInt8(ascii: "a") && bytes[k + 1] | 0x20 == UInt8(ascii: "l") && bytes[k + 2] | 0x20 == UInt8(ascii: "t")
                && bytes[k + 3] == UInt8(ascii: "=") && (k == attributes.lowerBound || bytes[k - 1] == 0x20 || bytes[k - 1] == 0x0A || bytes[k - 1] == 0x09)
            guard isAlt else { k += 1; continue }
            let quote = bytes[k + 4]
            guard quote == 34 || quote == 39 else { return nil }
            var end = k + 5
            while end < attributes.upperBound, bytes[end] != quote { end += 1 }
            let value = (k + 5)..<end
            guard value.count >= 40, value.contains(where: { bytes[$0] >= 48 && bytes[$0] <= 57 }) else { return nil }
            return value
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }

    /// Skips script or style content up to and including its closing tag.
    private static func skipRawText(_ bytes: [UInt8], from start: Int, closing: [UInt8]) -> Int {
        let n = bytes.count
        var i = start
        while i + closing.count <= n {
            if bytes[i] == UInt8(ascii: "<") {
                var match = true
                for k in 1..<closing.count where (bytes[i + k] | 0x20) != (closing[k] | 0x20) {
                    match = false
                    break
                }
                if match {
                    var j = i + closing.count
                    while j < n, bytes[j] != UInt8(ascii: ">") { j += 1 }
                    return min(n, j + 1)
                }
            }
            i += 1
        }
        return n
    }

    static let namedEntities: [String: UInt32] = [
        "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 160, "ndash": 0x2013, "mdash": 0x2014,
        "hellip": 0x2026, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "bull": 0x2022,
        "laquo": 171, "raquo": 187, "copy": 169, "reg": 174, "deg": 176, "middot": 183, "times": 215,
        "Agrave": 192, "Aacute": 193, "Acirc": 194, "Atilde": 195, "Egrave": 200, "Eacute": 201, "Ecirc": 202,
        "Igrave": 204, "Iacute": 205, "Ograve": 210, "Oacute": 211, "Ocirc": 212, "Otilde": 213, "Ugrave": 217,
        "Uacute": 218, "Yacute": 221, "agrave": 224, "aacute": 225, "acirc": 226, "atilde": 227, "egrave": 232,
        "eacute": 233, "ecirc": 234, "igrave": 236, "iacute": 237, "ograve": 242, "oacute": 243, "ocirc": 244,
        "otilde": 245, "ugrave": 249, "uacute": 250, "yacute": 253,
    ]

    /// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `start`; an unknown one is kept as written.
    private static func decodeEntity(_ bytes: [UInt8], at start: Int, into out: inout [UInt8]) -> Int {
        let n = bytes.count
        var i = start + 1
        var body: [UInt8] = []
        while i < n, body.count < 10, bytes[i] != UInt8(ascii: ";"), isNameByte(bytes[i]) || bytes[i] == UInt8(ascii: "#") {
            body.append(bytes[i])
            i += 1
        }
        guard i < n, bytes[i] == UInt8(ascii: ";"), !body.isEmpty else {
            out.append(UInt8(ascii: "&"))
            return start + 1
        }
        var scalar: UInt32?
        if body[0] == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            if let first = digits.first, first | 0x20 == UInt8(ascii: "x") {
                scalar = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
            } else {
                scalar = UInt32(String(decoding: digits, as: UTF8.self))
            }
        } else {
            scalar = namedEntities[String(decoding: body, as: UTF8.self)]
        }
        guard let scalar, let u = Unicode.Scalar(scalar), scalar != 0 else {
            out.append(UInt8(ascii: "&"))
            return start + 1
        }
        out.append(contentsOf: Array(String(Character(u)).utf8))
        return i + 1
    }
}
