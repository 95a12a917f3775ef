import PubstatModel

/// Reads a bulletin's bytes and returns its figures. Pure: no I/O.
///
/// The pipeline, one folder per step: `Decoding/` (bytes → NFC text), `Text/` (normalisation,
/// folding, tokens), `Scanning/` (sentences, numbers and units, periods and dates, places),
/// `Context/` (the place the bulletin is about, when it was written), `Binding/` (catalogue cues →
/// figures), with the indicator catalogue as data in `Catalogue/`.
public struct BulletinExtractor: Sendable {
    /// The version of the extraction rules and the built-in catalogue.
    public static let version = "2.102.0"

    /// The indicators, cues and words the extractor binds figures with.
    public let catalogue: IndicatorCatalogue
    /// Recorded on every event, so re-extraction knows what produced a figure: ``version``,
    /// and with extra indicator files `+` their fingerprint (`1.1.0+cat.3f09a2c4b7d1`).
    public let version: String

    public init(catalogue: IndicatorCatalogue = .builtIn) {
        self.catalogue = catalogue
        self.version = Self.version + (catalogue.fingerprint.map { "+" + $0 } ?? "")
    }

    /// Decodes `bytes` (UTF-8/16, Windows-1258, HTML) and extracts every figure. `context` is
    /// what is known of the document from outside its text (its sidecar); it wins over what the
    /// page and the text say (see ``DocumentContext``). Throws when the bytes are not a readable bulletin.
    /// When decoding changed lengths (repair, NFC, CRLF, a byte-order mark), figures carry their
    /// range in the input too (``SourceSpan/originalStart``).
    public func extract(bytes: [UInt8], fileName: String, context: DocumentContext = DocumentContext()) throws(BulletinRejection) -> ExtractedBulletin {
        let decoded = try BulletinDecoder.decodeText(bytes, fileName: fileName)
        var result = extract(text: FoldedText(utf8: decoded.utf8),
                             source: DocumentSource(context: context, html: decoded.html, catalogue: catalogue.catalogue))
        if !decoded.provenance.isIdentity {
            result.figures = result.figures.map { $0.tracedBack(through: decoded.provenance) }
            result.held = result.held.map { $0.tracedBack(through: decoded.provenance) }
        }
        return result
    }

    /// Extracts the figures of already decoded NFC text.
    public func extract(decodedText text: String, context: DocumentContext = DocumentContext()) -> ExtractedBulletin {
        extract(text: FoldedText(utf8: TextNormaliser.nfc(Array(text.utf8))),
                source: DocumentSource(context: context, html: nil, catalogue: catalogue.catalogue))
    }

    /// The decoded, normalised and repaired text of a bulletin: what ``Figure/source`` offsets point
    /// into (``SourceSpan/originalStart`` and ``SourceSpan/originalEnd`` point into `bytes`).
    public static func decodedText(bytes: [UInt8], fileName: String) throws(BulletinRejection) -> String {
        String(decoding: try BulletinDecoder.decodeText(bytes, fileName: fileName).utf8, as: UTF8.self)
    }

    func extract(text: FoldedText, source: DocumentSource) -> ExtractedBulletin {
        let catalogue = self.catalogue.catalogue
        let doc = Document(text: text, flags: catalogue.tokenFlags)
        let (periods, dates) = PeriodScanner(doc: doc).scan()
        let archiveDateEnd = PublicationDate(doc: doc, dates: dates).archiveDateEnd()
        let quantities = QuantityScanner(doc: doc, catalogue: catalogue).scan().filter { $0.tokens.lowerBound >= archiveDateEnd }
        let (places, placeMentions, articleEnd) = DocumentSubject(doc: doc, catalogue: catalogue, source: source, dates: dates,
                                                                  quantities: quantities).find()
        let time = DocumentTime(doc: doc, catalogue: catalogue, source: source, periods: periods, dates: dates,
                                quantities: quantities, placeMentions: placeMentions)
        let (published, archive, referenceYear, timeline) = (time.published, time.archive, time.referenceYear, time.timeline)
        var context = BulletinContext(published: published, archiveMonth: archive, referenceYear: referenceYear, places: places)
        context.yearInWriting = time.yearInWriting
        context.headlinePeriod = source.pathPeriod?.resolve(year: nil)

        var (figures, unclassified) = FigureBinder(doc: doc, catalogue: catalogue, quantities: quantities, timeline: timeline,
                                                   placeMentions: placeMentions, context: context).bind()
        let counters = PortalCounters(doc: doc, catalogue: catalogue)
        figures += counters.figures(subject: places.subject, provinces: { host in
            catalogue.province(matchingHost: host)
        }, fallbackYear: referenceYear, captureMonth: published.map { YearMonth(year: $0.year, month: $0.month) } ?? archive,
           sourceHost: source.sourceURL.flatMap(DocumentContext.host(of:)))
        // a yearbook's table kept in its layout, a row per year
        figures += YearRowTable(doc: doc, catalogue: catalogue).figures(subject: places.subject)
        // and one flattened a cell per line
        figures += YearCellTable(doc: doc, catalogue: catalogue).figures(subject: places.subject)
        // or a column per year
        figures += YearColumnTable(doc: doc, catalogue: catalogue).figures(subject: places.subject)
        unclassified = Self.outsideCounters(unclassified, figures)
        RegionalGDP(catalogue: catalogue, subject: places.subject).relabel(&figures)
        // a bulletin that names no place but reports national GDP, or cites a national body ("Theo Bộ Tài chính"),
        // is about the country (not one that speaks of its own province: "Theo Cục Thống kê, tổng thu … trên địa bàn
        // tỉnh" cites the province's statistics office, named so before 2025)
        let speaksOfItsProvince = placeMentions.contains { $0.level == .province && $0.name == nil && !$0.inParentheses }
        if places.subject == nil, figures.contains(where: { $0.jurisdiction == FigureCompleteness.unknownPlace }),
           figures.contains(where: { catalogue.nationalIndicators.contains($0.indicator) })
            || !speaksOfItsProvince && catalogue.citesNationalBody(in: 0..<articleEnd, of: doc) {
            for k in figures.indices where figures[k].jurisdiction == FigureCompleteness.unknownPlace { figures[k].jurisdiction = FigureCompleteness.country }
        }
        // local spending is never the country's ("Tổng chi ngân sách nhà nước" of a national release)
        // nor is a province's output (GRDP, or "GDP bình quân đầu người" that a national release states of the country)
        if figures.contains(where: { $0.jurisdiction.level == .country && catalogue.isLocalOnly($0.indicator) }) {
            figures.removeAll { $0.jurisdiction.level == .country && catalogue.isLocalOnly($0.indicator) }
        }
        // a headline restating the body's figure: dropped when in capitals, else as final as the figure it restates
        let headlines = HeadlineRestatement(text: doc.text.utf8)
        // a figure whose period or place cannot be worked out is held back: a wrong figure is worse than a missing one
        let (complete, held) = FigureCompleteness.partition(
            headlines.settleKinds(dedupe(headlines.drop(from: figures))))
        // held figures are listed with the numbers no cue named, so a person sees what is missing
        let mentions = (unclassified + held.compactMap(FigureCompleteness.mention)).sorted { $0.source.start < $1.source.start }
        var result = ExtractedBulletin(published: published, subject: places.subject,
                                       title: source.title ?? DocumentTitle(doc: doc).find(), figures: complete, held: held,
                                       unclassified: mentions)
        result.publishedMonth = published == nil ? archive : nil
        result.sourceURL = source.sourceURL
        return result
    }


    /// The mentions that no portal counter figure quotes (a counter's number is taken by that figure).
    /// Both lists are in text order, so one sweep decides: linear in the bulletin.
    static func outsideCounters(_ mentions: [UnclassifiedMention], _ figures: [Figure]) -> [UnclassifiedMention] {
        let counters = figures.compactMap { $0.portal == nil ? nil : $0.source }.sorted { $0.start < $1.start }
        guard !counters.isEmpty else { return mentions }
        var next = 0
        return mentions.filter { m in
            while next < counters.count, counters[next].end <= m.source.start { next += 1 }
            return !(next < counters.count && counters[next].start < m.source.end)
        }
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
            /// ("khu vực nông, lâm nghiệp và thủy sản tăng 2,8%; … khu vực dịch vụ tăng 2,8%": two sectors, one value)
            var sector: String?

            // the strings are left out of the hash (equal keys still hash alike): hashing them,
            // with their Unicode normalisation, cost more than the rest of the dedupe
            func hash(into hasher: inout Hasher) {
                hasher.combine(jurisdiction.level)
                hasher.combine(period)
                hasher.combine(value)
                hasher.combine(yoy)
                hasher.combine(stance)
            }
        }
        // (the kept figures by index: most bulletins restate none, and are returned as they are, not copied)
        var kept: [Int] = []
        var position: [Key: Int] = [:]
        position.reserveCapacity(figures.count)
        for i in figures.indices {
            let kind = figures[i].kind
            let stance: FigureKind = kind == .plan || kind == .target ? kind : .actual
            // a restatement that drops the change ("… đạt 570.000 tỷ đồng" after "…, tăng 15,6%") is the same figure
            let key = Key(indicator: figures[i].indicator, jurisdiction: figures[i].jurisdiction, period: figures[i].period,
                          value: figures[i].baseValue, yoy: figures[i].value == nil ? figures[i].yoyPct : nil, stance: stance,
                          sector: figures[i].sector)
            if let at = position[key] {
                // the fullest statement wins (a caption restates the body with fewer details), in the first one's place
                if Self.detail(figures[i]) > Self.detail(figures[kept[at]]) { kept[at] = i }
            } else {
                position[key] = kept.count
                kept.append(i)
            }
        }
        return kept.count == figures.count ? figures : kept.map { figures[$0] }
    }

    /// How much a figure states beyond its value.
    private static func detail(_ f: Figure) -> Int {
        f.pctOfPlan.count + (f.yoyPct == nil ? 0 : 1) + (f.momPct == nil ? 0 : 1) + (f.asOf == nil ? 0 : 1) + (f.kind == .estimate ? 1 : 0)
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
    /// The month of publication when no day is known (the archive's ` date YYYY-MM` line, an official text's signing line).
    public var publishedMonth: YearMonth?
    /// Where the bulletin was published: the context's URL, else the page's canonical address.
    public var sourceURL: String?
    /// The jurisdiction the bulletin is about.
    public var subject: Jurisdiction?
    public var title: String?
    public var figures: [Figure]
    /// Figures found without a period or a jurisdiction: never in projections, shown so a person can
    /// supply the missing context (a sidecar, a source URL).
    public var held: [Figure]
    /// Numbers with a unit that no indicator took, in text order: what the catalogue misses.
    public var unclassified: [UnclassifiedMention]

    public init(published: CalendarDate?, subject: Jurisdiction?, title: String?, figures: [Figure], held: [Figure] = [],
                unclassified: [UnclassifiedMention] = []) {
        self.published = published
        self.subject = subject
        self.title = title
        self.figures = figures
        self.held = held
        self.unclassified = unclassified
    }
}

/// Why a file is not a bulletin, with a stable code and words a person understands.
public struct BulletinRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: RejectionCode
    public let reason: String

    public init(code: RejectionCode, reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
}
