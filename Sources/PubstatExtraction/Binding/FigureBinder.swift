import PubstatModel

/// What the binder knows about the whole bulletin.
struct BulletinContext: Sendable {
    var published: CalendarDate?
    var archiveMonth: YearMonth?
    /// The year of writing, for "9 tháng đầu năm" and "ngày 11/3".
    var referenceYear: Int?
    var places: PlaceIndex
    /// The year an undated text says it is still in ("phấn đấu trong 2 tháng cuối năm 2021"), which
    /// dates the stocks it states without a period.
    var yearInWriting: Int? = nil
    /// The running period the source URL's words name (``DocumentSource/pathPeriod``): the headline's, for a
    /// text kept without one.
    var headlinePeriod: Period? = nil
}

/// Pipeline step 5, indicator binding: each cue phrase of the catalogue takes the nearest
/// following number whose unit it expects, within its clause; the words around that number
/// give the comparisons, plan shares, qualifier, kind, period and jurisdiction.
struct FigureBinder {
    let doc: Document
    let catalogue: Catalogue
    let quantities: [Quantity]
    let timeline: Timeline
    let placeMentions: [PlaceMention]
    let context: BulletinContext

    /// The figures of the bulletin, and the quantities with a unit that none of them took.
    func bind() -> (figures: [Figure], unclassified: [UnclassifiedMention]) {
        var figures: [Figure] = []
        var unclassified: [UnclassifiedMention] = []
        var state = BinderState()
        var q0 = 0
        var p0 = 0
        let namesSeveralDistricts = Self.namesSeveralDistricts(placeMentions)
        let roles = RoleReader(doc: doc, catalogue: catalogue)
        var binder = SentenceBinder(doc: doc, catalogue: catalogue, timeline: timeline, context: context, roles: roles)
        let scanner = QuantityScanner(doc: doc, catalogue: catalogue)
        let relatedNews = RelatedNews(doc: doc).box
        var previous: Range<Int>?
        var headline: HeadlineValue?
        var previousShortLine = false
        /// The figures (indices in `figures`) the last sentence bound by ``SentenceBinder/bind(state:)`` gave.
        var previousFigures: (sentence: Range<Int>?, indices: Range<Int>) = (nil, 0..<0)
        var paragraph = ParagraphSubject(doc: doc, gazetteer: catalogue.gazetteer)
        for sentence in doc.sentences {
            // the list of other articles after "Tin liên quan" states their figures, not this bulletin's
            if let box = relatedNews, box.contains(sentence.lowerBound) {
                if box.upperBound == doc.count { break }
                continue
            }
            defer { previous = sentence }
            while q0 < quantities.count, quantities[q0].tokens.lowerBound < sentence.lowerBound { q0 += 1 }
            var q1 = q0
            while q1 < quantities.count, quantities[q1].tokens.lowerBound < sentence.upperBound { q1 += 1 }
            // (a number cut by the sentence's end, "có 38/⏎⏎94 xã", belongs to neither sentence: every rule reads a
            // sentence's quantities inside it)
            if q1 > q0, quantities[q1 - 1].tokens.upperBound > sentence.upperBound { q1 -= 1 }
            while p0 < placeMentions.count, placeMentions[p0].tokens.lowerBound < sentence.lowerBound { p0 += 1 }
            var p1 = p0
            while p1 < placeMentions.count, placeMentions[p1].tokens.lowerBound < sentence.upperBound { p1 += 1 }
            // "1. -1,56%" then "Là mức tăng trưởng GRDP ước tính năm 2021 …": a value first, what it is on the next line
            if let value = headline {
                headline = nil
                binder.start(range: sentence, quantities: quantities[q0..<q1], places: placeMentions[p0..<p1])
                if let figure = binder.bindHeadline(value, state: state) { figures.append(figure) }
            }
            if let value = HeadlineValue.read(sentence, after: previous, doc: doc, quantities: quantities[q0..<q1]) {
                headline = value
                q0 = q1
                continue
            }
            // "▪ An Giang: Đón gần 20 triệu lượt khách" heading an item of a digest of provinces: the section's place
            // (a name alone on its line heads a section; after another short line it is an item of a list, a site's
            // menu of places)
            let heading = SectionHeading(doc: doc, sentence: sentence, places: placeMentions[p0..<p1])
            if let heading {
                binder.sectionPlace = heading.standsAlone && previousShortLine ? nil : heading.place
            }
            previousShortLine = sentence.count <= 4 && q0 == q1 && doc.tokens[sentence.lowerBound].newlineBefore
                && (sentence.upperBound == doc.count || doc.tokens[sentence.upperBound].newlineBefore)
            // a bulleted list ("+ Ngành dịch vụ tăng 7,42%;") and its lead-in ("Trong đó:") continue the sentence before
            let bulleted = doc.opensWithBullet(sentence)
            let leadIn = q0 == q1 && sentence.count > 1 && doc.isPunct(sentence.upperBound - 1, ":")
            if !bulleted && !leadIn { state.sentence += 1 }
            // "Cụ thể:" / "Trong đó:" on a line of its own opens a breakdown whose items are the bulleted lines after it
            if leadIn, doc.matches(Lex.trongDo, at: sentence.lowerBound) || doc.matches(Lex.cuThe, at: sentence.lowerBound) {
                state.breakdownList = true
            } else if q0 < q1, !bulleted {
                state.breakdownList = false
            }
            // "Nghị quyết … gồm 22 chỉ tiêu chủ yếu. Cụ thể:" (or "… các chỉ tiêu sau:"): the items below are goals
            let namesGoals = sentence.contains { doc.matches(RoleReader.chiTieu, at: $0) }
            // "… nghị quyết đã đề ra một số chỉ tiêu chủ yếu năm 2024. Cụ thể như: GRDP đạt 9-10%; …": the goals set,
            // listed in the sentence after
            // (or after "Cụ thể như:" ending a sentence of its own)
            let specifiesGoalsSet = state.lastSentenceSetGoals && Self.opensWithSpecifics(sentence, doc: doc)
            let listsGoalsSet = specifiesGoalsSet || state.goalsLeadIn
            state.goalsLeadIn = specifiesGoalsSet && leadIn
            // (not "18/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra. Cụ thể: …", results against the goals)
            state.lastSentenceSetGoals = namesGoals && q0 == q1 && sentence.contains { doc.matches(RoleReader.deRa, at: $0) }
                && !sentence.contains { doc.isWord($0, Lex.dat) || doc.isWord($0, Self.vuot) || doc.matches(Self.hoanThanh, at: $0) }
            if leadIn || doc.isPunct(sentence.upperBound - 1, ":") {
                state.goalList = namesGoals || state.lastSentenceNamedGoals
            } else if namesGoals, quantities[q0..<q1].allSatisfy({ timeline.ownMention(at: $0.tokens.lowerBound) != nil }), !bulleted, sentence.count <= 20, !doc.isPunct(sentence.upperBound - 1, ".") {
                // "Điều 2. Mục tiêu, chỉ tiêu chủ yếu kế hoạch 5 năm 2021 - 2025" heading the list, "1. Các chỉ tiêu
                // kinh tế" heading a part of it
                state.goalList = true
            } else if !bulleted {
                state.goalList = false
            }
            state.lastSentenceNamedGoals = namesGoals
            // a table flattened to lines: its header, then a row per indicator
            // (a header states no number with a unit: most sentences are passed over without a look)
            // ("| 2014/2013 (%) |": a column's unit in brackets after a year is no quantity)
            if !quantities[q0..<q1].contains(where: { $0.unitClass != .none && !Self.isColumnUnit($0, doc: doc) }) {
                // "Đơn vị tính: Tỷ đồng" on a line of its own: the unit of the table below
                if let caption = TableHeader.growthCaption(sentence, doc: doc, catalogue: catalogue) {
                    state.tableGrowth = (caption.percent, caption.growth, state.sentence)
                }
                if let unit = TableHeader.unitLine(sentence, doc: doc) {
                    state.tableUnit = (unit, state.sentence)
                    q0 = q1
                    continue
                }
                if var header = TableHeader.read(sentence, doc: doc, timeline: timeline, catalogue: catalogue) {
                    if let (unit, at) = state.tableUnit, state.sentence - at <= 1 { header.unitStart = unit }
                    if let (percent, growth, at) = state.tableGrowth, state.sentence - at <= 2, header.unitStart == nil {
                        header.unitStart = percent
                        header.growthOf = growth
                    }
                    state.table = header
                    state.placeTable = nil
                    q0 = q1
                    continue
                }
                // or a table of places, a column per indicator
                let unitLine = state.tableUnit.flatMap { state.sentence - $0.sentence <= 1 ? $0.start : nil }
                if let header = PlaceTable.read(sentence, doc: doc, timeline: timeline, catalogue: catalogue, unitLine: unitLine) {
                    state.placeTable = header
                    state.table = nil
                    q0 = q1
                    continue
                }
            }
            // "2. Thu từ hoạt động xuất nhập khẩu | 700 | 879": a row's item number ends a sentence of its own
            if state.table != nil || state.placeList != nil, doc.isItemNumber(sentence) {
                q0 = q1
                continue
            }
            // a line that may head a list of places, one value each ("TOP 10 … TĂNG TRƯỞNG GRDP … NĂM 2016", then
            // "1. Hải Phòng: 11,02%"); it is bound as any other line too
            let listHeading = PlaceList.read(sentence, doc: doc, timeline: timeline, catalogue: catalogue)
            guard q0 < q1 else {
                state.placeList = listHeading
                // "… có mức tăng trưởng GRDP 9 tháng chưa đạt kỳ vọng. Cụ thể, Cao Bằng tăng trưởng 6,52%; …": what the
                // places listed next are about
                binder.start(range: sentence, quantities: quantities[q0..<q1], places: placeMentions[p0..<p1])
                state.pendingLocality = binder.numberlessLocalityTopic()
                state.pendingLocalitySentence = state.sentence
                if let total = binder.unquantifiedGrowth() { state.family = total }
                paragraph.readNumberless(sentence, places: placeMentions[p0..<p1])
                continue
            }
            binder.start(range: sentence, quantities: quantities[q0..<q1], places: placeMentions[p0..<p1],
                         inListOfGoals: state.goalList && bulleted || listsGoalsSet, listsGoalsSet: listsGoalsSet)
            if let list = state.placeList, let item = binder.bindPlaceListItem(list) {
                figures.append(contentsOf: item)
                binder.collectUnclassified(into: &unclassified)
                q0 = q1
                continue
            }
            state.placeList = listHeading
            if let table = state.placeTable {
                if let row = binder.bindPlaceRow(table, scanner: scanner) {
                    figures.append(contentsOf: row)
                    binder.collectUnclassified(into: &unclassified)
                    q0 = q1
                    continue
                }
                state.placeTable = nil
            }
            if let header = state.table {
                if let row = binder.bindTableRow(header, scanner: scanner) {
                    figures.append(contentsOf: row)
                    binder.collectUnclassified(into: &unclassified)
                    q0 = q1
                    continue
                }
                state.table = nil
            }
            // a row of a table whose header was not read ("| Kim ngạch xuất khẩu | Triệu USD | 4.120 | 4.630 | 112,4 |"):
            // which column is which period is unknown, and a figure with a wrong period is worse than none
            if doc.isRowOfNumbers(sentence) {
                q0 = q1
                continue
            }
            binder.paragraphPlace = paragraph.place(before: sentence, places: placeMentions[p0..<p1])
            binder.precedingDistrict = namesSeveralDistricts ? Self.lastDistrictNamed(in: placeMentions[..<p0]) : nil
            binder.previousSentence = previous
            var bound = binder.bind(state: &state)
            if bound.isEmpty, quantities[q0..<q1].contains(where: { $0.unitClass != .none && $0.unitClass != .percent }) {
                state.untakenAmountSentence = state.sentence
            }
            NotTheAggregate.drop(from: &bound, sentence: sentence, doc: doc)
            NotTheAggregate.dropSharesOfCountedUnits(from: &bound, quantities: quantities[q0..<q1], doc: doc)
            PartSingledOut.apply(to: &bound, sentence: sentence, doc: doc, catalogue: catalogue)
            ChangeRestatement.fold(&bound, into: &figures, previous: previousFigures.sentence == previous ? previousFigures.indices : 0..<0)
            previousFigures = (sentence, figures.count..<(figures.count + bound.count))
            figures.append(contentsOf: bound)
            binder.collectUnclassified(into: &unclassified)
            paragraph.read(sentence, places: placeMentions[p0..<p1], bound: bound)
            q0 = q1
        }
        EstimateNote.apply(EstimateNote.read(doc: doc, timeline: timeline, catalogue: catalogue), to: &figures)
        PostReformPlace.apply(to: &figures, context: context, gazetteer: catalogue.gazetteer)
        UpgradedCity.apply(to: &figures, mentions: placeMentions, gazetteer: catalogue.gazetteer)
        return (figures, unclassified)
    }
}

extension Document {
    /// Whether no line break stands between tokens `a` and `b` (`a` before `b`): one paragraph.
    func inOneParagraph(_ a: Int, _ b: Int) -> Bool {
        let last = min(b, count - 1)
        guard a + 1 <= last else { return true }
        return !((a + 1)...last).contains { tokens[$0].newlineBefore }
    }

    /// A line of cells split by bars, three or more of them bare numbers (or "-"): more columns than a value and
    /// its index, whose periods only a header can tell.
    func isRowOfNumbers(_ sentence: Range<Int>) -> Bool {
        guard sentence.count >= 4, sentence.contains(where: { isPunct($0, "|") }) else { return false }
        var numeric = 0
        var cellStart = sentence.lowerBound
        var cells = 0
        for k in sentence where isPunct(k, "|") || k == sentence.upperBound - 1 {
            let cell = cellStart..<(isPunct(k, "|") ? k : k + 1)
            // (the first cell's number is the row's item number)
            if !cell.isEmpty { cells += 1 }
            if cells > 1, cell.count == 1, isNumber(cell.lowerBound) || isPunct(cell.lowerBound, "-") { numeric += 1 }
            cellStart = k + 1
        }
        return numeric >= 3
    }

    /// A line's item number on its own: "2.", "3)" at the start of a line.
    /// ("| 1." in a table whose rows open with a cell separator)
    func isItemNumber(_ sentence: Range<Int>) -> Bool {
        guard var first = sentence.first else { return false }
        let opensRow = isPunct(first, "|") && (tokens[first].newlineBefore || first == 0)
        if opensRow { first += 1 }
        guard sentence.upperBound - first <= 2, isNumber(first), opensRow || tokens[first].newlineBefore || first == 0 else { return false }
        return sentence.upperBound - first == 1 || isPunct(first + 1, ".") || isPunct(first + 1, ")")
    }

    /// A line whose first token is a bullet ("+", "-", "*"): an item of a list written one per line.
    @inline(__always) func opensWithBullet(_ sentence: Range<Int>) -> Bool {
        guard let first = sentence.first else { return false }
        let t = tokens[first]
        guard t.kind == .punct, t.newlineBefore || first == 0 else { return false }
        return t.first == UInt8(ascii: "+") || t.first == UInt8(ascii: "-") || t.first == UInt8(ascii: "*")
    }
}

/// A figure held by reference, so that copying what holds it copies one word.
final class HeldFigure: Sendable {
    let figure: Figure
    init(_ figure: Figure) { self.figure = figure }
}

/// What carries from sentence to sentence.
struct BinderState {
    // the figures the state holds, by reference: rules are handed the state by value many times a sentence,
    // and four figures held inline made it 1,900 bytes to copy, with every reference in them retained
    private typealias Held = HeldFigure

    private var heldFamily: Held?, heldLastEstimate: Held?, heldLastFigure: Held?, heldLastHead: Held?

    /// The last GDP/GRDP figure, parent of sector breakdowns.
    var family: Figure? {
        get { heldFamily?.figure }
        set { heldFamily = newValue.map(Held.init); familySentence = sentence }
    }
    /// The last figure bound, when it was an estimate: a breakdown of it ("Trong đó, …") opening the
    /// next sentence is one too.
    var lastEstimate: Figure? {
        get { heldLastEstimate?.figure }
        set { heldLastEstimate = newValue.map(Held.init) }
    }
    /// The last figure bound, whose indicator a running total in the next sentence continues.
    var lastFigure: Figure? {
        get { heldLastFigure?.figure }
        set { heldLastFigure = newValue.map(Held.init); lastFigureSentence = sentence }
    }
    /// The sentence that set ``lastFigure``.
    var lastFigureSentence = 0
    /// The last sentence that told amounts no indicator took ("Tổng vốn đầu tư toàn xã hội ước đạt 44.750 tỷ đồng"): a
    /// running total after it ("Lũy kế cả năm ước đạt …") is of that subject, not of the figure before it.
    var untakenAmountSentence = -1
    /// The first figure of the last sentence with figures, unless that sentence opened a breakdown: the
    /// total its parts ("trong đó thu nội địa …") break down.
    var lastHead: Figure? {
        get { heldLastHead?.figure }
        set { heldLastHead = newValue.map(Held.init) }
    }
    /// What a list of localities in the next sentence is about, and the sentence that left it
    /// (``SentenceBinder/LocalityTopic``).
    var pendingLocality: SentenceBinder.LocalityTopic?
    var pendingLocalitySentence = -1
    /// Inside the bulleted items of a breakdown opened by "Cụ thể:" or "Trong đó:" on a line of its own.
    var breakdownList = false
    /// Inside the bulleted items after a lead-in that names goals ("chỉ tiêu"), and whether the last
    /// sentence named them.
    var goalList = false
    var lastSentenceNamedGoals = false
    /// The last sentence named goals as set ("đề ra … chỉ tiêu"): a sentence opening "Cụ thể:" lists them.
    var lastSentenceSetGoals = false
    /// The last sentence was "Cụ thể như:" after goals set: the sentence after it lists them.
    var goalsLeadIn = false
    /// The header of the table whose rows follow, one per line.
    var table: TableHeader?
    /// The unit a line of its own gave ("Đơn vị tính: Tỷ đồng"), and the sentence it was seen in.
    var tableUnit: (start: Int, sentence: Int)?
    /// The caption of a table of growth rates: its `%`, the growth it names, its sentence.
    var tableGrowth: (percent: Int, growth: Indicator, sentence: Int)?
    /// The header of the table of places whose rows follow, one per line.
    var placeTable: PlaceTable?
    /// The heading of the list of places whose items follow, one per line.
    var placeList: PlaceList?
    /// Sentences seen so far, and the one that set ``family``.
    var sentence = 0
    var familySentence = 0
    /// The last few growth figures of the output family (GDP, GRDP), oldest first: what a later sentence of
    /// former units' changes restates.
    var familyGrowths: [Figure] = []

    /// A bare sector name ("dịch vụ tăng 7,3%") is a breakdown only in the sentence of its output
    /// figure or the one after it, or the one after that when the sentence between told no figure
    /// ("GRDP quý I tăng 6,3%. Tốc độ tăng trưởng xếp thứ 22/63 cả nước. Theo đó, nông, lâm nghiệp và thủy sản tăng 3,36%").
    /// (The sentence count first; whether a figure is held is asked without copying it.)
    var familyIsRecent: Bool {
        (sentence - familySentence <= 1 || sentence - familySentence == 2 && lastFigureSentence == familySentence) && heldFamily != nil
    }
    /// An output figure within the last four sentences: sectors led by "lĩnh vực" may still be its breakdown.
    var familyIsNear: Bool { sentence - familySentence <= 4 && heldFamily != nil }

    /// After a sentence with figures: `last` is the last figure (and the last estimate, when it is one), `head`
    /// (when given) the first. The same as setting ``lastEstimate``, ``lastFigure`` and ``lastHead``, without a
    /// copy of the figure for each.
    mutating func hold(last: HeldFigure, estimate: Bool, head: HeldFigure?) {
        heldLastEstimate = estimate ? last : nil
        heldLastFigure = last
        lastFigureSentence = sentence
        if let head { heldLastHead = head }
    }
}

extension FigureBinder {
    private static let th = Lex.w("TH")
    private static let nhu = Lex.w("như"), vuot = Lex.w("vượt"), hoanThanh = Lex.p("hoàn thành")

    /// "Cụ thể:", "Cụ thể như:", "Cụ thể, …" opening a sentence.
    static func opensWithSpecifics(_ sentence: Range<Int>, doc: Document) -> Bool {
        let k = sentence.lowerBound + Lex.cuThe.count
        return doc.matches(Lex.cuThe, at: sentence.lowerBound) && (doc.isPunct(k, ":") || doc.isPunct(k, ",") || doc.isWord(k, nhu))
    }

    /// "2014/2013 (%)", "2024 so 2023 (%)" in a header cell: a year over the year before, the label of a column
    /// of indexes.
    static func isColumnUnit(_ q: Quantity, doc: Document) -> Bool {
        let number = q.tokens.lowerBound
        guard doc.bytes(number).count == 4, let year = doc.integer(number), PeriodScanner.isYear(year) else { return false }
        // "2024 so 2023 (%)": the year compared with, then the column's unit
        if doc.isPunct(number + 1, "("), doc.isPunct(number + 2, "%") { return true }
        guard doc.isPunct(number + 1, "/") else { return false }
        return doc.integer(number + 2) == year - 1 || doc.isWord(number + 2, th) && doc.integer(number + 3) == year - 1
    }
}
