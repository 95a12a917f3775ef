/// What is known about a bulletin from outside its text: where it was published, by whom, when,
/// and about which jurisdiction. It comes from the `<name>.meta.json` sidecar a scraper writes
/// next to the bulletin (or `pubstatctl extract --source-url/--meta`), is recorded in the
/// `bulletin.ingested` event (v2) and is given to the extractor again on re-extraction.
///
/// Extraction uses it as the document's fallback: a figure whose clause, sentence and heading
/// name no jurisdiction or year takes them from here. Every member is optional.
public struct DocumentContext: Hashable, Sendable, Codable {
    /// The page the bulletin was taken from, `http://` or `https://`.
    public var sourceURL: String?
    /// Who published it, as the scraper names it (`Cổng TTĐT tỉnh Lai Châu`).
    public var publisher: String?
    /// The publication date the portal states.
    public var published: CalendarDate?
    /// The jurisdiction the whole bulletin is about.
    public var jurisdiction: Jurisdiction?

    public init(sourceURL: String? = nil, publisher: String? = nil, published: CalendarDate? = nil, jurisdiction: Jurisdiction? = nil) {
        self.sourceURL = sourceURL
        self.publisher = publisher
        self.published = published
        self.jurisdiction = jurisdiction
    }

    enum CodingKeys: String, CodingKey {
        case sourceURL, publisher, published, jurisdiction
    }

    /// No member set: what a v1 event upcasts to.
    public var isEmpty: Bool { sourceURL == nil && publisher == nil && published == nil && jurisdiction == nil }

    /// The lowercased host of ``sourceURL`` without `www.` (`laichau.gov.vn`).
    public var sourceHost: String? { sourceURL.flatMap(DocumentContext.host(of:)) }

    /// The lowercased host of an `http(s)://` URL without a leading `www.`; nil for anything else.
    public static func host(of url: String) -> String? {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return String(host)
    }
}
