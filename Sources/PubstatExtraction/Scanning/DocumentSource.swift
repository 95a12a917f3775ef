import Foundation
import PubstatModel

/// The document-level context that does not come from the bulletin's text: the caller's
/// ``DocumentContext`` (a sidecar, or `pubstatctl extract --source-url/--meta`) and what an HTML
/// page's markup says, with the precedence applied. Extraction falls back on it when a figure's
/// clause, sentence and headings name no jurisdiction or year.
///
/// - jurisdiction: the context's, else the province or district whose portal the source URL's host is;
/// - published: the context's date, else the page's published-time meta tag;
/// - source URL: the context's, else the page's canonical link or `og:url`.
struct DocumentSource {
    var jurisdiction: Jurisdiction?
    /// Whether ``jurisdiction`` is only the portal's (its host's), not a sidecar's.
    var jurisdictionFromHost = false
    var published: CalendarDate?
    var sourceURL: String?
    /// The page's `<h1>`, else its `<title>` without the site name.
    var title: String?
    /// The province the source URL's path spells (`/vinh-phuc-hom-nay/…`): the text's subject only
    /// when the text names no place at all.
    var pathJurisdiction: Jurisdiction?
    /// What follows the host in the source URL, for the places it spells.
    var path: String?
    /// The year the source URL's path names after "nam" (`…-thang-3-nam-2025`): the year of a text that
    /// states none.
    var pathYear: Int?
    /// The running period the source URL's words name with its year (`…-6-thang-dau-nam-2023`, `…-quy-i-2025`): the
    /// headline's period, for a text kept without its headline.
    var pathPeriod: PeriodShape?
    /// The month a portal files its article under, a path segment of six digits (`…/du-lich/202301/…`).
    var pathMonth: YearMonth?

    init(context: DocumentContext, html: HTMLMeta?, catalogue: Catalogue) {
        sourceURL = context.sourceURL ?? html?.url
        let host = sourceURL.flatMap(DocumentContext.host(of:))
        jurisdiction = context.jurisdiction
            ?? host.flatMap { Self.jurisdiction(host: $0, catalogue: catalogue) ?? catalogue.gazetteer.district(matchingHost: $0) }
        jurisdictionFromHost = context.jurisdiction == nil && jurisdiction != nil
        path = sourceURL.flatMap(Self.path(of:))
        pathJurisdiction = path.flatMap { catalogue.gazetteer.province(spelledInPath: $0) }
        pathYear = path.flatMap(Self.year(inPath:))
        pathMonth = path.flatMap(Self.month(inPath:))
        pathPeriod = path.flatMap(Self.runningPeriod(inPath:))
        published = context.published ?? html?.published
        // a portal's <h1> is often its own name (the logo): then the <title> says more
        let headline = html?.headline.flatMap { Self.isSiteName($0) || $0.split(separator: " ").count < 3 ? nil : $0 }
        title = headline ?? html?.title.flatMap(Self.withoutSiteName)
    }

    /// What follows the host in `url` (nil without one).
    static func path(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) }
    }

    /// The one year written after the word "nam" in a path's hyphenated words (`thang-3-nam-2025`).
    static func year(inPath path: String) -> Int? {
        var years: Set<Int> = []
        for words in segmentWords(of: path) {
            for (k, word) in words.enumerated() where word == "nam" && k + 1 < words.count {
                if let y = Int(words[k + 1]), words[k + 1].count == 4, PeriodScanner.isYear(y) { years.insert(y) }
            }
        }
        return years.count == 1 ? years.first : nil
    }

    /// The one running period a path's hyphenated words name with a year: "N-thang[-dau][-nam]-YYYY" (N of 2…11)
    /// and "quy-I|1[-nam]-YYYY". Nil when it names none or several.
    static func runningPeriod(inPath path: String) -> PeriodShape? {
        var found: [String: PeriodShape] = [:]
        for words in segmentWords(of: path) {
            for k in words.indices.dropLast(2) {
                guard let y = yearAfter(words, k + 2) else { continue }
                if words[k + 1] == "thang", let n = Int(words[k]), (2...11).contains(n) {
                    found["\(n)M\(y)"] = .firstMonths(n, year: y)
                } else if words[k] == "quy", let q = quarterNumbers[String(words[k + 1])] {
                    found["Q\(q)\(y)"] = .quarter(q, year: y)
                }
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// The year at `j` in a path's words, after an optional "dau" and "nam" (`…-dau-nam-2023`).
    private static func yearAfter(_ words: [Substring], _ j: Int) -> Int? {
        var j = j
        if j < words.count, words[j] == "dau" { j += 1 }
        if j < words.count, words[j] == "nam" { j += 1 }
        guard j < words.count, words[j].count == 4, let y = Int(words[j]), PeriodScanner.isYear(y) else { return nil }
        return y
    }

    /// The hyphenated words of each segment of a URL path, lower case.
    private static func segmentWords(of path: String) -> [[Substring]] {
        path.lowercased().split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "?" || $0 == "&" || $0 == "_" })
            .map { $0.split(separator: "-") }
    }
    private static let quarterNumbers = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4]

    /// The one segment of six digits that reads as a year and a month (`/202301/`): an archive's folder.
    static func month(inPath path: String) -> YearMonth? {
        var months: Set<YearMonth> = []
        for segment in path.split(separator: "/") where segment.count == 6 && segment.allSatisfy(\.isASCII) {
            guard let n = Int(segment), PeriodScanner.isYear(n / 100), let m = YearMonth(year: n / 100, month: n % 100) else { continue }
            months.insert(m)
        }
        return months.count == 1 ? months.first : nil
    }

    /// Labels of a host that name no place.
    private static let genericLabels: Set<Substring> = ["www", "gov", "vn", "com", "org", "net", "edu", "info", "egov", "portal"]

    /// The jurisdiction whose portal `host` is, through the gazetteer's host table (`sotc.laichau.gov.vn` → Lai Châu).
    /// A label before the province's that spells one of its districts names the district's pages on the province's
    /// portal (`luongson.hoabinh.gov.vn` → Lương Sơn); other labels there are offices (`sotc`).
    static func jurisdiction(host: String, catalogue: Catalogue) -> Jurisdiction? {
        guard let j = catalogue.province(matchingHost: host) else { return nil }
        let labels = host.lowercased().split(separator: ".")
        guard let k = labels.firstIndex(where: { catalogue.province(matchingHost: String($0)) == j }) else { return j }
        return labels[..<k].lazy.filter { !genericLabels.contains($0) }
            .compactMap { catalogue.gazetteer.district(labelled: $0, within: j) }.first ?? j
    }

    /// Marks of a site's name in a `<title>` segment.
    private static let siteMarks = ["cổng thông tin", "trang thông tin", "cổng ttđt", "báo ", "portal", ".vn", ".com", "online", "điện tử"]

    /// True when `text` names a site rather than an article (`Cổng thông tin điện tử tỉnh X`).
    static func isSiteName(_ text: String) -> Bool {
        let lower = text.lowercased()
        return siteMarks.contains { lower.contains($0) }
    }

    /// `Headline - Cổng thông tin điện tử tỉnh X` → `Headline`: trailing (or leading)
    /// ` - `, ` | `, ` – ` segments that name the site are dropped.
    static func withoutSiteName(_ title: String) -> String? {
        var parts = [Substring(title)]
        for separator in [" | ", " - ", " – ", " :: "] {
            parts = parts.flatMap { part in part.components(separatedBy: separator).map { Substring($0) } }
        }
        guard parts.count > 1 else { return title }
        let isSite = { (part: Substring) in isSiteName(String(part)) }
        while parts.count > 1, let last = parts.last, isSite(last) { parts.removeLast() }
        while parts.count > 1, let first = parts.first, isSite(first) { parts.removeFirst() }
        // the headline itself may hold " - " ("kinh tế - xã hội"): rejoin what is left, from the first kept segment
        // to the last one found from the end ("Portal X | Y | X": the last "X" is not the one in the site's name)
        guard let first = parts.first, let last = parts.last, let start = title.range(of: first),
              let end = title.range(of: last, options: .backwards), start.lowerBound <= end.upperBound else { return title }
        return String(title[start.lowerBound..<end.upperBound]).trimmingCharacters(in: .whitespaces)
    }
}
