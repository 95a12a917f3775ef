import PubstatModel

/// Reads a bulletin's bytes and returns its figures. Pure: no I/O.
///
/// The pipeline, one folder per step: `Decoding/` (bytes → NFC text), `Text/` (normalisation,
/// folding, tokens), `Scanning/` (sentences, numbers and units, periods and dates, places),
/// `Binding/` (catalogue cues → figures), with the indicator catalogue as data in `Catalogue/`.
public struct BulletinExtractor: Sendable {
    /// Recorded on every event, so re-extraction knows what produced a figure.
    public static let version = "1.1.0"

    public init() {}

    /// Decodes `bytes` (UTF-8/16, Windows-1258, HTML) and extracts every figure.
    /// Throws when the bytes are not a readable bulletin.
    /// When decoding changed lengths (repair, NFC, CRLF, a byte-order mark), figures carry their
    /// range in the input too (``SourceSpan/originalStart``).
    public func extract(bytes: [UInt8], fileName: String) throws(BulletinRejection) -> ExtractedBulletin {
        let decoded = try BulletinDecoder.decodeText(bytes, fileName: fileName)
        var result = extract(text: FoldedText(utf8: decoded.utf8))
        if !decoded.provenance.isIdentity {
            result.figures = result.figures.map { $0.tracedBack(through: decoded.provenance) }
            result.held = result.held.map { $0.tracedBack(through: decoded.provenance) }
        }
        return result
    }

    /// Extracts the figures of already decoded NFC text.
    public func extract(decodedText text: String) -> ExtractedBulletin {
        extract(text: FoldedText(utf8: TextNormaliser.nfc(Array(text.utf8))))
    }

    /// The decoded, normalised and repaired text of a bulletin: what ``Figure/source`` offsets point
    /// into (``SourceSpan/originalStart`` and ``SourceSpan/originalEnd`` point into `bytes`).
    public static func decodedText(bytes: [UInt8], fileName: String) throws(BulletinRejection) -> String {
        String(decoding: try BulletinDecoder.decodeText(bytes, fileName: fileName).utf8, as: UTF8.self)
    }

    func extract(text: FoldedText) -> ExtractedBulletin {
        let catalogue = Catalogue.shared
        let doc = Document(text: text)
        let quantities = QuantityScanner(doc: doc, catalogue: catalogue).scan()
        let (periods, dates) = PeriodScanner(doc: doc).scan()
        let placeMentions = PlaceScanner(doc: doc, catalogue: catalogue).scan()
        let places = PlaceIndex(mentions: placeMentions)

        let publication = PublicationDate(doc: doc, dates: dates)
        let published = publication.find()
        let archive = publication.archiveMonth()
        let referenceYear = published?.year ?? archive?.year ?? publication.textYear()
        let writingYear = published?.year ?? archive?.year
            ?? WritingYear(doc: doc, catalogue: catalogue, periods: periods).afterLastReportedYear()
        let timeline = Timeline(mentions: periods, dates: dates, referenceYear: referenceYear, publishedYear: writingYear)
        let context = BulletinContext(published: published, archiveMonth: archive, referenceYear: referenceYear, places: places)

        var figures = FigureBinder(doc: doc, catalogue: catalogue, quantities: quantities, timeline: timeline,
                                   placeMentions: placeMentions, context: context).bind()
        let counters = PortalCounters(doc: doc, catalogue: catalogue)
        figures += counters.figures(subject: places.subject, provinces: { host in
            catalogue.province(matchingHost: host)
        }, fallbackYear: referenceYear)
        // a figure whose period or place cannot be worked out is held back: a wrong figure is worse than a missing one
        let (complete, held) = FigureCompleteness.partition(dedupe(figures))
        return ExtractedBulletin(published: published, subject: places.subject, title: title(doc), figures: complete, held: held)
    }

    /// The first line with a few words, as the bulletin's title.
    private func title(_ doc: Document) -> String? {
        var k = 0
        while k < doc.count {
            var end = k + 1
            while end < doc.count, !doc.tokens[end].newlineBefore { end += 1 }
            let words = (k..<end).filter { doc.tokens[$0].kind == .word }.count
            if words >= 5, !doc.isWord(k, Lex.date) || words > 8 { return doc.original(k..<end) }
            k = end
        }
        return nil
    }

    /// Restatements (headline, caption, lead, a closing summary) of the same figure are kept once, the
    /// first; an estimate restated without "ước" is still the same figure.
    private func dedupe(_ figures: [Figure]) -> [Figure] {
        struct Key: Hashable {
            var indicator: Indicator
            var jurisdiction: Jurisdiction
            var period: Period?
            var value: Double?
            var yoy: Double?
            var stance: FigureKind
        }
        var seen = Set<Key>()
        return figures.filter { f in
            let stance: FigureKind = f.kind == .plan || f.kind == .target ? f.kind : .actual
            return seen.insert(Key(indicator: f.indicator, jurisdiction: f.jurisdiction, period: f.period,
                                   value: f.baseValue, yoy: f.yoyPct, stance: stance)).inserted
        }
    }
}

extension Figure {
    /// The figure with its source's range in the input added.
    func tracedBack(through provenance: TextProvenance) -> Figure {
        guard let source else { return self }
        var copy = self
        copy.source = SourceSpan(start: source.start, end: source.end, original: provenance.inputRange(of: source.start..<source.end))
        return copy
    }
}

/// What extraction found in one bulletin.
public struct ExtractedBulletin: Hashable, Sendable {
    public var published: CalendarDate?
    /// The jurisdiction the bulletin is about.
    public var subject: Jurisdiction?
    public var title: String?
    public var figures: [Figure]
    /// Figures found without a period or a jurisdiction: never in projections, shown so a person can
    /// supply the missing context (a sidecar, a source URL).
    public var held: [Figure]

    public init(published: CalendarDate?, subject: Jurisdiction?, title: String?, figures: [Figure], held: [Figure] = []) {
        self.published = published
        self.subject = subject
        self.title = title
        self.figures = figures
        self.held = held
    }
}

/// Why a file is not a bulletin, with a stable code and words a person understands.
public struct BulletinRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let reason: String

    public init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
}
