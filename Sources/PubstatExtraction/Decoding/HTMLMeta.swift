import PubstatModel

/// What an HTML page says about itself in its markup: canonical address, title, headline and
/// publication time. Read from the raw UTF-8 page before the markup is dropped; one linear pass.
struct HTMLMeta: Hashable, Sendable {
    /// `<link rel="canonical" href>`, else `<meta property="og:url" content>`.
    var url: String?
    /// `<title>`'s text.
    var title: String?
    /// The first `<h1>`'s text.
    var headline: String?
    /// The first date among the published-time meta tags (`article:published_time`,
    /// `og:published_time`, `pubdate`, `date`, `dc.date`, `datePublished` …).
    var published: CalendarDate?

    /// Names (or properties, or itemprops) of meta tags that carry the publication time, lowercased.
    static let dateNames: Set<String> = [
        "article:published_time", "og:published_time", "og:article:published_time", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date",
        "dcterms.issued", "datepublished", "sailthru.date", "parsely-pub-date", "article.published",
    ]

    init(url: String? = nil, title: String? = nil, headline: String? = nil, published: CalendarDate? = nil) {
        self.url = url
        self.title = title
        self.headline = headline
        self.published = published
    }

    /// Reads the tags of `html` (UTF-8). Entities in attribute values and text are decoded.
    init(html bytes: [UInt8]) {
        var canonical: String?, ogURL: String?
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            let tag = Self.readTag(bytes, at: i)
            i = tag.end
            switch tag.name {
            case "link":
                if tag.attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true,
                   let href = tag.attributes["href"], DocumentContext.host(of: href) != nil {
                    canonical = canonical ?? href
                }
            case "meta":
                let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"])?.lowercased()
                guard let key, let content = tag.attributes["content"] else { break }
                if key == "og:url", DocumentContext.host(of: content) != nil { ogURL = ogURL ?? content }
                if Self.dateNames.contains(key), published == nil { published = Self.date(content) }
            case "title", "h1":
                let (text, end) = Self.text(bytes, from: i, closing: tag.name)
                i = end
                if tag.name == "title" { title = title ?? text } else { headline = headline ?? text }
            case "time":
                if published == nil, tag.attributes["itemprop"]?.lowercased() == "datepublished" || tag.attributes["pubdate"] != nil,
                   let value = tag.attributes["datetime"] {
                    published = Self.date(value)
                }
            default:
                break
            }
        }
        url = canonical ?? ogURL
    }

    /// `2024-03-12`, `2024-03-12T09:15:00+07:00`, `2024/03/12`, `12/03/2024`, `12-03-2024 09:15`.
    static func date(_ text: String) -> CalendarDate? {
        let parts = text.split(whereSeparator: { !$0.isNumber }).prefix(3).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if parts[0] >= 1900 { return CalendarDate(year: parts[0], month: parts[1], day: parts[2]) }
        if parts[2] >= 1900 { return CalendarDate(year: parts[2], month: parts[1], day: parts[0]) }
        return nil
    }

    struct Tag {
        var name: String
        var attributes: [String: String]
        var end: Int
    }

    /// The tag starting at `start` (`<`): its lowercased name, attributes and the index after `>`.
    static func readTag(_ bytes: [UInt8], at start: Int) -> Tag {
        let n = bytes.count
        var i = start + 1
        var name: [UInt8] = []
        while i < n, name.count < 16, isNameByte(bytes[i]) { name.append(bytes[i] | 0x20); i += 1 }
        guard !name.isEmpty else {
            // a closing tag, comment or doctype: skip to its end
            if bytes[i...].starts(with: Array("!--".utf8)) {
                var j = i + 3
                while j + 2 < n, !(bytes[j] == 45 && bytes[j + 1] == 45 && bytes[j + 2] == 62) { j += 1 }
                return Tag(name: "", attributes: [:], end: min(n, j + 3))
            }
            while i < n, bytes[i] != UInt8(ascii: ">") { i += 1 }
            return Tag(name: "", attributes: [:], end: min(n, i + 1))
        }
        var attributes: [String: String] = [:]
        let wanted = ["link", "meta", "time"].contains(String(decoding: name, as: UTF8.self))
        while i < n, bytes[i] != UInt8(ascii: ">") {
            guard isAttributeByte(bytes[i]) else { i += 1; continue }
            var key: [UInt8] = []
            while i < n, isAttributeByte(bytes[i]) { key.append(bytes[i] >= 65 && bytes[i] <= 90 ? bytes[i] | 0x20 : bytes[i]); i += 1 }
            while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 { i += 1 }
            var value: [UInt8] = []
            if i < n, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 { i += 1 }
                if i < n, bytes[i] == 34 || bytes[i] == 39 {
                    let quote = bytes[i]
                    i += 1
                    while i < n, bytes[i] != quote { value.append(bytes[i]); i += 1 }
                    i += 1
                } else {
                    while i < n, bytes[i] > 0x20, bytes[i] != UInt8(ascii: ">") { value.append(bytes[i]); i += 1 }
                }
            }
            if wanted { attributes[String(decoding: key, as: UTF8.self)] = clean(value) }
        }
        return Tag(name: String(decoding: name, as: UTF8.self), attributes: attributes, end: min(n, i + 1))
    }

    /// The text up to `</closing>`, markup dropped, entities decoded, white space collapsed;
    /// nil when empty. Looks at most 4 kB ahead.
    static func text(_ bytes: [UInt8], from start: Int, closing: String) -> (String?, Int) {
        let needle = Array("</\(closing)".utf8)
        let limit = min(bytes.count, start + 4096)
        var end = start
        while end < limit {
            if bytes[end] == UInt8(ascii: "<"), end + needle.count <= bytes.count,
               zip(bytes[end..<(end + needle.count)], needle).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) { break }
            end += 1
        }
        guard end < limit else { return (nil, start) }
        return (clean(Array(bytes[start..<end]), markup: true), end)
    }

    /// Entities decoded, markup dropped (for element text), white space collapsed, NFC.
    static func clean(_ raw: [UInt8], markup: Bool = false) -> String? {
        let plain = markup ? HTMLText.plainText(raw) : HTMLText.plainText(raw.map { $0 == UInt8(ascii: "<") ? 0x20 : $0 })
        let text = String(decoding: TextNormaliser.nfc(plain), as: UTF8.self)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }

    private static func isAttributeByte(_ b: UInt8) -> Bool {
        isNameByte(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
    }
}
