import PubstatModel

/// When a bulletin was written, and the timeline its period mentions are read on: the sidecar's date, else the
/// page's meta tag, else the text's header, else the archive's day; for an undated text, the year it names or
/// implies.
struct DocumentTime {
    /// The day the bulletin was published, where any source gives one.
    let published: CalendarDate?
    /// The month of publication from an archive's line, the address or a signing line.
    let archive: YearMonth?
    /// The year of writing, for "9 tháng đầu năm" and "ngày 11/3".
    let referenceYear: Int?
    /// The year an undated text says it is still in ("phấn đấu trong 2 tháng cuối năm 2021").
    let yearInWriting: Int?
    /// Every period and date mention, resolved against the year of writing.
    let timeline: Timeline

    init(doc: Document, catalogue: Catalogue, source: DocumentSource, periods: [PeriodMention], dates: [DateMention],
         quantities: [Quantity], placeMentions: [PlaceMention]) {

    // the sidecar's date, else the page's meta tag, else the text's header, else the archive's day
    let publication = PublicationDate(doc: doc, dates: dates)
    let published = source.published ?? publication.find() ?? publication.archiveDay()
    let archive = publication.archiveMonth() ?? (published == nil ? source.pathMonth ?? publication.signedMonth() : nil)
    // an undated text: the one year it names, else (naming none) the reorganisation's when it sets former provinces apart
    let statesNoYear = periods.allSatisfy { $0.shape.statedYear == nil }
    // (or, naming none, the year its address names: "…-thang-3-nam-2025")
    // (a lone year named only by the goals set for it is the year after the one reported)
    // (not when the address names that year: "…-6-thang-dau-nam-2023")
    let loneYear = Timeline.loneYear(of: periods).map { year in
        source.pathYear == year ? year : WritingYear(doc: doc, catalogue: catalogue, periods: periods).yearBeforeGoals(year) ?? year
    }
    let referenceYear = published?.year ?? archive?.year ?? publication.textYear() ?? loneYear
        ?? (statesNoYear ? source.pathYear ?? MergerYear(doc: doc, catalogue: catalogue, places: placeMentions).find() : nil)
        ?? Timeline.yearAfterComparisons(of: periods, in: doc)
    let writingYear = published?.year ?? archive?.year
        ?? WritingYear(doc: doc, catalogue: catalogue, periods: periods).afterLastReportedYear()
    // ("lũ lớn trong tháng 9 và tháng 10": a month's number states no figure)
    let stated = quantities.filter { !doc.isWord($0.tokens.lowerBound - 1, Lex.thang) }
    let timeline = Timeline(mentions: periods, dates: dates, referenceYear: referenceYear, publishedYear: writingYear,
                            referenceMonth: published?.month ?? archive?.month, referenceDay: published?.day,
                            figureless: { token in !doc.sentenceHasNumber(containing: token, quantities: stated) },
                            afterSamePeriod: { token in doc.matchesBefore(Lex.cungKy, token) },
                            sameSentence: { a, b in doc.sentenceIndex(of: a) == doc.sentenceIndex(of: b) },
                            figurelessAfter: { token in !doc.sentenceHasNumber(after: token, quantities: stated) },
                            yearInProgress: writingYear == nil ? WritingYear(doc: doc, catalogue: catalogue, periods: periods).yearInProgress() : nil,
                            aimsAhead: published?.year ?? archive?.year != nil ? nil : { token in
                                WritingYear(doc: doc, catalogue: catalogue, periods: periods).aimsAhead(doc.sentences[doc.sentenceIndex(of: token)])
                            },
                            estimatesWholeYear: { token in doc.estimatesWholeYear(at: token) })
        self.published = published
        self.archive = archive
        self.referenceYear = referenceYear
        self.timeline = timeline
        yearInWriting = writingYear == nil ? WritingYear(doc: doc, catalogue: catalogue, periods: periods).yearOfRemainingMonths() : nil
    }
}
