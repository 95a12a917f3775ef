import PubstatModel

/// Binds the numbers of one sentence to indicators.
struct SentenceBinder {
    let doc: Document
    let catalogue: Catalogue
    let timeline: Timeline
    let context: BulletinContext
    let roles: RoleReader
    /// The sentence being bound; one binder serves a whole bulletin, sentence after sentence
    /// (see ``start(range:quantities:places:)``), so the shared parts are not copied per sentence.
    private(set) var range: Range<Int> = 0..<0
    private(set) var quantities: [Quantity] = []
    private(set) var places: [PlaceMention] = []

    /// A cue phrase found in the sentence; adjacent cues merge ("tăng trưởng tổng sản phẩm (GRDP)").
    struct Cue {
        var start: Int
        var end: Int
        var entries: [Int]
        var sector: String?
        var scopeEnd = 0
        /// The cue carries on a growth rate named before it ("GRDP quý III tăng 9,6%. Tính chung 9 tháng đạt
        /// 10,2%"): a rate the clause reaches is that growth, with or without a word of growth.
        var carriesGrowth = false
        /// The cue stands for the result of the sentence before ("Kết quả này …"): its shares of plan are that result's.
        var restatesResult = false
    }

    /// A figure before its period, kind and jurisdiction are worked out.
    struct Draft {
        var indicator: Indicator
        var entry: Int?
        var quantity: Quantity?
        var value: Double?
        var cueStart: Int
        var cueEnd: Int
        var end: Int
        var pctOfPlan: [PlanComparison] = []
        var changes: [(value: Double, comparison: QuantityRole.Comparison, times: Bool)] = []
        var kind: FigureKind?
        /// The figure a sector's breakdown takes its kind, period and place from.
        var inheritFrom: Figure? {
            get { heldParent?.figure }
            set { heldParent = newValue.map(HeldFigure.init) }
        }
        /// ``inheritFrom`` by reference: drafts are copied often, and a figure inline made each copy 800 bytes.
        var heldParent: HeldFigure? = nil
        var sector: String?
        /// A part of the indicator's whole ("site:Núi Bà Đen").
        var scope: String?
        var jurisdiction: Jurisdiction?
        /// The change a value-less figure states, for its own period.
        var anchor: Quantity?
        /// A period written with the number itself ("6 tháng tăng 11,29%").
        var period: Period?
        /// A part of the year written with the number but without its year ("(quý I tăng 9,42%, …)" in a text
        /// whose period is told later): it takes the year of the period the figure is read in.
        var undatedPart: PeriodShape?
    }

    /// Per quantity of the sentence: already part of a figure (read by ``collectUnclassified(into:)``),
    /// and what it does in its clause.
    var bound: [Bool] = []
    func isBound(_ i: Int) -> Bool { bound[i] }
    mutating func markBound(_ i: Int) { bound[i] = true }
    var role: [QuantityRole] = []
    /// The cues of the sentence being bound.
    var cues: [Cue] = []

    init(doc: Document, catalogue: Catalogue, timeline: Timeline, context: BulletinContext, roles: RoleReader) {
        self.doc = doc
        self.catalogue = catalogue
        self.timeline = timeline
        self.context = context
        self.roles = roles
        // one pass over the bulletin for the words that switch rules on
        let tet = Lex.tet, gieng = Lex.gieng, rural = Self.nongThonMoi, figure = Self.conSo, rate = Self.leNay
        var lunar = false, newRural = false, thisFigure = false
        // (a plain loop over the tokens' storage, the four hashes compared before anything else)
        doc.tokens.withUnsafeBufferPointer { tokens in
            let ruralStart = rural[0], figureStart = figure[0], rateStart = rate[0]
            for k in tokens.indices {
                let h = tokens[k].hash
                guard h == tet || h == gieng || h == ruralStart || h == figureStart || h == rateStart else { continue }
                if h == tet || h == gieng { lunar = true }
                if h == ruralStart, doc.matches(rural, at: k) { newRural = true }
                if h == figureStart, doc.matches(figure, at: k) { thisFigure = true }
                if h == rateStart, doc.matches(rate, at: k) { thisFigure = true }
                if lunar && newRural && thisFigure { break }
            }
        }
        namesLunarDays = lunar
        speaksOfNewRuralAreas = newRural
        saysThisFigure = thisFigure
    }

    /// Whether the bulletin says "con số" or "(tỷ) lệ này" at all: only then is "con số này" looked for
    /// (``thisFigureCue(among:after:)``).
    let saysThisFigure: Bool
    private static let conSo = Lex.p("con số"), leNay = Lex.p("lệ này")

    /// Whether the bulletin speaks of "nông thôn mới": there "đạt chuẩn" alone after a count of communes
    /// or districts is that standard.
    let speaksOfNewRuralAreas: Bool
    private static let nongThonMoi = Lex.p("nông thôn mới")

    /// Whether the bulletin says "Tết" or "Giêng" at all: only then are lunar days looked for.
    let namesLunarDays: Bool

    /// The sentence is an item of a list whose lead-in names goals ("… gồm 22 chỉ tiêu chủ yếu. Cụ thể:").
    var inListOfGoals = false

    /// The sentence lists the goals the one before set ("… đã đề ra một số chỉ tiêu … năm 2024. Cụ thể như: GRDP đạt
    /// 9-10%; …"): its figures not yet over are targets, dated or not.
    var listsGoalsSet = false

    /// The province or city whose section the sentence is in ("▪ Vĩnh Long: Thu ngân sách đạt 86% dự toán" heading
    /// one of a digest's items): the place of figures that name none.
    var sectionPlace: Jurisdiction?

    /// The province or city an earlier sentence of the same paragraph opened with as its subject ("Hải Phòng đón
    /// 1,03 triệu lượt khách. … Tổng thu đạt …"): the place of figures that name none (``ParagraphSubject``).
    var paragraphPlace: Jurisdiction?

    /// The district last named outside brackets before this sentence, in a text that names several ("Huyện Nam Đàn
    /// có 23/23 xã … Thu nhập … của huyện đạt 36 triệu đồng. … Huyện Duy Tiên có …"): what a bare "huyện" stands for.
    var precedingDistrict: String?

    /// The sentence before this one, for the sectors a "Trong đó" sentence breaks down (``NotTheAggregate``).
    var previousSentence: Range<Int>?

    /// The last draft that heads a family of outputs with a figure for `sector`, passing over a sector's value of the
    /// family before it ("Tổng giá trị sản xuất … tăng 14%, trong đó công nghiệp tăng 22%, … dịch vụ tăng 9,6%": the
    /// industry's value is a part of the gross output, not the head of the sectors after it).
    private func familyParent(of drafts: [Draft], for sector: String) -> Draft? {
        var parent: Draft?
        for draft in drafts {
            // (a sector's own figure is a part, never a head; "Giá trị sản xuất công nghiệp và xây dựng tăng 11%; thương mại và
            // dịch vụ tăng 7%": nor is a family that has no figure for the sector, the branches of industry for trade)
            guard draft.sector == nil, let family = catalogue.family(of: draft.indicator),
                  family.valueIndicator(of: sector) != nil || family.sectorGrowth != nil || family.sectorValues.isEmpty else { continue }
            if let head = parent.flatMap({ catalogue.family(of: $0.indicator) }), head.breaksDown(into: draft.indicator),
               family.name != head.name { continue }
            parent = draft
        }
        return parent
    }

    /// Moves the binder to the next sentence.
    mutating func start(range: Range<Int>, quantities: ArraySlice<Quantity>, places: ArraySlice<PlaceMention>,
                        inListOfGoals: Bool = false, listsGoalsSet: Bool = false) {
        self.range = range
        self.inListOfGoals = inListOfGoals
        self.listsGoalsSet = listsGoalsSet
        self.quantities.removeAll(keepingCapacity: true)
        self.quantities.append(contentsOf: quantities)
        self.places.removeAll(keepingCapacity: true)
        self.places.append(contentsOf: places)
    }

    /// The figures of the sentence set by ``start(range:quantities:places:)``.
    mutating func bind(state: inout BinderState) -> [Figure] {
        readRoles()
        let cues = sentenceCues(state: state)
        self.cues = cues
        for (i, noun) in countsNamedByCues() {
            quantities[i].unitClass = .count
            quantities[i].unit = .count
            quantities[i].noun = noun
        }
        var drafts: [Draft] = []
        for cue in cues {
            if let sector = cue.sector {
                let parent = familyParent(of: drafts, for: sector)
                // ("GRDP tăng 9%. Giá trị sản xuất các ngành công nghiệp và xây dựng tăng 10,67%; thương mại và dịch vụ tăng
                // 6,61%": a sentence that names the gross output before its sectors breaks that down, not the GRDP before)
                // ("Chỉ số sản xuất công nghiệp quý I tăng 23,25%. Trong đó, ngành chế biến, chế tạo tăng 23,50%": nor the
                // branches of the production index, which are no sectors of any output)
                // ("Giá trị sản xuất công nghiệp … tăng 10,2%; trong đó công nghiệp ngoài nhà nước tăng 12,4%": a sector whose
                // figure the sentence already told is a part of that figure, no sector of anything)
                let told = parent == nil && drafts.contains { d in
                    d.sector == nil && catalogue.family(of: d.indicator) != nil
                        && catalogue.family(of: Self.productionValue)?.valueIndicator(of: sector) == d.indicator
                }
                let family = told ? nil : parent.flatMap { catalogue.family(of: $0.indicator) }
                    ?? (namesGrossOutput(before: cue.start) ? catalogue.family(of: Self.productionValue) : nil)
                    // ("Chỉ số sản xuất công nghiệp tăng 10,9%; tăng trưởng khu vực công nghiệp - xây dựng đạt 12,54%": but the
                    // growth of a "khu vực" is that of a sector of the national accounts, never of a branch of the index)
                    ?? (NotTheAggregate.breaksDownTheIndex(range, previous: previousSentence, doc: doc) && !growthOfArea(cue)
                        ? nil : state.family.flatMap { catalogue.family(of: $0.indicator) })
                    // ("Giá trị gia tăng ngành công nghiệp tăng bình quân 11%/năm, chỉ số sản xuất công nghiệp (IIP) …": with no
                    // output figure to follow, the value added of a sector is its share of the province's output)
                    ?? (afterValueAdded(cue.start) ? catalogue.family(of: Self.grdpGrowth) : nil)
                // ("GRDP tăng 9,6%. Trong đó, khu vực dịch vụ đạt 7,8%": under a growth, what a sector reaches is its growth)
                let underGrowth = parent.map { $0.quantity?.unitClass == .percent } ?? (state.family?.unit == .percent)
                if let family { drafts.append(ifAny: bindSector(cue, sector: sector, family: family, underGrowth: underGrowth)) }
            } else {
                drafts.append(ifAny: bindLeading(cue))
            }
        }
        drafts.append(ifAny: bindTrailing(cues))
        if cues.count == 1, cues[0].restatesResult { sharesOfRestatedResult(cues[0], drafts: &drafts) }
        drafts.append(ifAny: povertyFallByHouseholds())
        for k in drafts.indices {
            refineByQualifier(&drafts[k])
            addsUpToTotal(&drafts[k])
            revenueFromTrade(&drafts[k])
            recognisedInTheYear(&drafts[k])
        }
        drafts.append(ifAny: drafts.compactMap { shareAfter($0) })
        drafts.append(ifAny: countsAfter(drafts))
        drafts.append(ifAny: placesAfter(drafts))
        drafts.append(ifAny: sitesAfter())
        drafts.append(ifAny: comparedPlaceLevels(drafts))
        let results = resultsAfterPlan(&drafts)
        drafts.append(ifAny: results)
        // (a loop, not a closure: a closure over the binder copies it whole, every sentence)
        var k = drafts.count - 1
        while k >= 0 {
            // (one copy of the draft for the eight asks: each `drafts[k]` argument was a copy of its own)
            let draft = drafts[k]
            if isFlowOfStock(draft) || isTradePart(draft) || isRevenuePart(draft) || isAdjustment(draft) || isRegionFigure(draft)
                || isChangeOfAShareHolder(draft) || isRateOfCountedUnits(draft) || isMeanChangeOnly(draft) {
                drafts.remove(at: k)
            }
            k -= 1
        }
        drafts.sort { ($0.quantity?.tokens.lowerBound ?? $0.cueStart) < ($1.quantity?.tokens.lowerBound ?? $1.cueStart) }
        var figures = finishAll(drafts, state: &state)
        // ("… giảm tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%. Dự kiến tỷ lệ này tiếp tục giảm …": "tỷ lệ này" is that rate, of
        // that place)
        if places.isEmpty, let last = state.lastFigure, state.lastFigureSentence == state.sentence - 1,
           range.contains(where: { k in Self.thisRate.contains { doc.matches($0, at: k) } }) {
            for k in figures.indices where figures[k].indicator == last.indicator { figures[k].jurisdiction = last.jurisdiction }
        }
        // "… ước đạt 31.250 tỷ đồng. Trong đó, tỉnh Thái Bình (cũ) thu 8.127 tỷ đồng": a breakdown sentence
        // restates the figure before it for another place
        let breakdown = figures.isEmpty && cues.isEmpty ? state.lastFigure.flatMap { last in
            state.sentence - state.lastFigureSentence <= 3 ? last : nil
        } : nil
        if let breakdown, case let counts = bindCountBreakdown(after: breakdown, recent: state.lastFigureSentence == state.sentence - 1),
           !counts.isEmpty {
            // "Trong số 35 sản phẩm được công nhận lần này, có 21 sản phẩm mới …": the count before, broken down
            figures.append(contentsOf: counts)
        } else if doc.matches(Lex.trongDo, at: range.lowerBound), let last = state.lastFigure {
            figures.append(ifAny: bindSeries(after: [last] + figures))
        } else if figures.isEmpty, cues.isEmpty, namesFormerUnit(), let template = formerUnitsTemplate(state) {
            // "Xét theo địa bàn trước sắp xếp, tỉnh A (cũ) tăng 9,5%, tỉnh B (cũ) tăng 10,1%": a sentence of
            // former units restates the merged province's output figure (or its last figure) for each
            figures.append(ifAny: bindSeries(after: [template]))
        } else if figures.isEmpty, cues.isEmpty, let last = state.lastFigure, state.lastFigureSentence == state.sentence - 1,
                  opensWithOwnPeriod() {
            // "Tổng thu … đạt 6.982,4 tỷ đồng … Ước thực hiện cả năm 2024 đạt 7.420 tỷ đồng": a sentence that names no
            // indicator but opens with its own period restates the figure of the sentence before over that period
            figures.append(ifAny: bindSeries(after: [last]))
        } else if figures.isEmpty, cues.isEmpty, let last = state.lastFigure, continuesRanking(last, state: state) {
            // "… dẫn đầu là A tăng 13,8%, tiếp đến B tăng 11,6%. Hai đầu tàu là C và D lần lượt tăng 5,9% và 6,5%,
            // còn E giảm 0,9%": a sentence without cues that gives places their changes goes on with the ranking before
            figures.append(ifAny: bindRespectivePlaces(after: last))
            figures.append(ifAny: bindSeries(after: [last]))
        } else {
            let series = bindSeries(after: figures)
            // ("GRDP quý III ước tăng 6,71%, tính chung 9 tháng tăng 6,52%. Trong đó, …": the running total restated
            // after the part is the parent of the breakdown that follows)
            // ("GRDP quý 3 ước tăng 9,45%, 9 tháng đầu năm ước tăng 9,83%": so is the months so far, named after their last quarter)
            if let total = series.last(where: { $0.sector == nil && catalogue.family(of: $0.indicator) != nil
                                                && (Self.runningTotalOpenings.contains(where: $0.quote.lowercased().hasPrefix)
                                                    || runsOnFrom(figures, to: $0)) }) {
                state.family = total
            }
            figures.append(ifAny: series)
            figures.append(ifAny: bindPlaceRanking())
            // ("… đứng sau Thanh Hóa với 3,510 triệu đồng"; "TP Hồ Chí Minh đứng thứ 2 với 6,537 triệu đồng" after the figure
            // of the sentence before)
            let recent = state.lastFigureSentence >= state.sentence - 1 ? state.lastFigure : nil
            figures.append(ifAny: bindRankedPlaceValues(template: figures.last(where: { $0.value != nil && $0.unit != .percent }) ?? recent))
            if let template = figures.last(where: { $0.unit == .percent }) { figures.append(ifAny: bindRespectivePlaces(after: template)) }
            if let template = figures.last(where: { $0.value != nil }) { figures.append(ifAny: bindListedPlaceValues(after: template)) }
        }
        let pending = state.pendingLocalitySentence == state.sentence - 1 ? state.pendingLocality : nil
        let continued = figures.isEmpty && state.lastFigureSentence == state.sentence - 1 ? continuedLocalityTopic(after: state.lastFigure) : nil
        figures.append(ifAny: bindLocalityItems(topic: localityTopic(pending: pending) ?? continued))
        state.pendingLocality = pendingLocalityTopic(figures: figures)
        state.pendingLocalitySentence = state.sentence
        // ("GDP quý I/2025 tăng 6,93%, cao nhất so với cùng kỳ giai đoạn 2020 - 2024 (tăng lần lượt là …)"; the years'
        // rates leave the localities' topic as it was)
        if let template = figures.last(where: { $0.unit == .percent }) { figures.append(ifAny: bindRespectiveYears(after: template)) }
        // ("… GDP năm 2019 tăng 7,02%. Trong đó, tăng trưởng bốn quý đạt lần lượt …": the year's quarters, after it)
        let lastRate = state.lastFigureSentence >= state.sentence - 1 && state.lastFigure?.unit == .percent ? state.lastFigure : nil
        figures.append(ifAny: bindRespectiveQuarters(after: figures.last(where: { $0.unit == .percent }) ?? lastRate))
        figures.append(ifAny: bindEarlierRates(after: figures, state: state))
        figures.append(ifAny: bindBracketedRates(after: figures))
        figures.append(ifAny: bindNationalGrowth(after: figures))
        figures.append(ifAny: bindEarlierEstimates(after: figures))
        figures.append(ifAny: bindComparedPeriodValues(after: figures))
        figures.append(ifAny: bindBracketedSiteCounts(after: figures))
        settleEarlierParts(&figures)
        settlePlannedParts(&figures)
        // the last in the text: a restatement bound after the others ("…, trong đó khu vực X (cũ) tăng 8,2%;
        // thu ngân sách … 23.100 tỷ đồng") need not be the sentence's last
        // (a result's, not a plan's: "…ước tăng 9,36%, vượt kịch bản 8,5% đề ra. Trong đó, khu vực A (cũ) …")
        // (nor one in brackets after it: "… tăng 9,6% (GRDP tỉnh ước tăng 7,8%). Trong đó: + Nông, lâm nghiệp …")
        if let at = lastFigureIndex(of: figures) {
            // (one copy of the figure, held for the three roles it may take)
            let last = HeldFigure(figures[at])
            state.hold(last: last, estimate: last.figure.kind == .estimate,
                       head: doc.matches(Lex.trongDo, at: range.lowerBound) ? nil : at == 0 ? last : HeldFigure(figures[0]))
        }
        if figures.isEmpty, let total = unquantifiedGrowth() { state.family = total }
        return figures
    }

    /// "Năm 2019, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt mức cao nhất từ trước đến nay": an output's
    /// growth named with a period of its sentence and no number, the total of the sectors a next sentence may list
    /// ("Cụ thể, nông, lâm, thủy sản tăng 1,92%, …"); never reported itself.
    func unquantifiedGrowth() -> Figure? {
        // (its only numbers those of its periods: "9" of "9 tháng", "2019" of "năm 2019")
        guard quantities.allSatisfy({ isPeriodNumber($0) || $0.unitClass == .none && timeline.anyMention(endingAt: $0.tokens.upperBound) != nil }),
              timeline.lastStatement(before: range.upperBound, from: range.lowerBound) != nil,
              let cue = findCues(bareSectors: false, previous: nil).first(where: { $0.sector == nil && $0.entries.contains(where: isOutputGrowth) }),
              let entry = cue.entries.first(where: isOutputGrowth) else { return nil }
        var total = finish(Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: nil, value: nil,
                                 cueStart: cue.start, cueEnd: cue.end, end: cue.end))
        total.unit = .percent
        return total
    }

    private func isOutputGrowth(_ entry: Int) -> Bool {
        let entry = catalogue.entry(entry)
        return entry.family?.growth == entry.indicator
    }

    /// Where in `figures` the one a later breakdown restates is: the last in the text among the results (not a
    /// plan, not a figure in brackets) if there are any; a part of a year singled out after its year's figure
    /// gives way to that figure. Indices, not copies: it runs for every sentence.
    private func lastFigureIndex(of figures: [Figure]) -> Int? {
        guard figures.count > 1 else { return figures.isEmpty ? nil : 0 }
        let brackets = bracketedBytes()
        func start(_ k: Int) -> Int { figures[k].source?.start ?? 0 }
        func isResult(_ k: Int) -> Bool { figures[k].kind != .plan && figures[k].kind != .target }
        func isBracketed(_ k: Int) -> Bool { brackets.contains { $0.contains((figures[k].source?.end ?? 0) - 1) } }
        let unbracketed = figures.indices.filter { !isBracketed($0) }
        var pool = unbracketed.isEmpty ? Array(figures.indices) : unbracketed
        // ("… của tỉnh ta vẫn tăng 10,3%, trong khi cả nước chỉ tăng hơn 5%. Trong đó khu vực I …": nor the country's
        // rate a province's is set against)
        let local = pool.filter { figures[$0].jurisdiction != FigureCompleteness.country }
        if !local.isEmpty { pool = local }
        let results = pool.filter(isResult)
        guard var last = (results.isEmpty ? pool : results).max(by: { start($0) < start($1) }) else { return nil }
        let l = figures[last]
        if !Self.isYear(l.period), let whole = results.last(where: { k in
            let f = figures[k]
            return Self.isYear(f.period) && f.indicator == l.indicator && f.jurisdiction == l.jurisdiction && f.period?.endYear == l.period?.endYear
        }) { last = whole }
        return last
    }

    /// `total` is the months of a year so far ("9 tháng") that end with the quarter or month of a figure of its
    /// indicator before it ("quý 3").
    private func runsOnFrom(_ figures: [Figure], to total: Figure) -> Bool {
        guard let period = total.period, let last = Timeline.lastMonth(of: period) else { return false }
        switch period.span {
        case .firstMonths, .half: break
        default: return false
        }
        return figures.contains { f in
            guard f.indicator == total.indicator, f.sector == nil, let p = f.period else { return false }
            switch p.span {
            case .quarter, .month: return Timeline.lastMonth(of: p) == last
            default: return false
            }
        }
    }

    /// Words that open a running total's clause, as quoted.
    private static let runningTotalOpenings = ["tính chung", "lũy kế", "luỹ kế", "cộng dồn"]

    /// The byte spans of the sentence's bracketed parts.
    private func bracketedBytes() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        for k in range {
            if doc.isPunct(k, "(") { open = open ?? k } else if doc.isPunct(k, ")"), let o = open {
                spans.append(doc.byteSpan(o..<(k + 1)))
                open = nil
            }
        }
        return spans
    }

    /// The draft's number stands inside brackets of its sentence.
    private func isBracketed(_ d: Draft) -> Bool {
        guard let q = d.quantity else { return false }
        var depth = 0
        for k in range.lowerBound..<q.tokens.lowerBound {
            if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    private static func isYear(_ period: Period?) -> Bool {
        if case .year = period?.span { return true }
        return false
    }

    private static let nangTongSo = Lex.p("nâng tổng số")
    private static let flowWords = WordSet([Lex.w("mới")])

    /// "trong năm công nhận mới 46 sản phẩm, nâng tổng số lên 258": a count newly added to a stock the catalogue
    /// has no flow indicator for is not the stock (the total after "nâng tổng số" is). ("có thêm 2 huyện … đạt
    /// huyện nông thôn mới" stays the stock: the shared gold labels such additions so.)
    private func isFlowOfStock(_ d: Draft) -> Bool {
        guard let q = d.quantity, q.unitClass == .count, let entry = d.entry, catalogue.entry(entry).isStock else { return false }
        var k = q.tokens.lowerBound - 1
        while k > range.lowerBound, doc.tokens[k].kind == .word, RoleReader.qualifierWords.contains(doc.tokens[k].hash) { k -= 1 }
        // ("có thêm 62 sản phẩm mới được công nhận": new ones, "mới" before or after the count, are no stock)
        guard k >= range.lowerBound, doc.tokens[k].kind == .word, Self.flowWords.contains(doc.tokens[k].hash)
                || doc.isWord(q.tokens.upperBound, Lex.moi) else { return false }
        return !catalogue.entries.contains { $0.totalVariant == d.indicator }
    }

    /// "56/56 xã đạt chuẩn, trong đó có 3 xã được công nhận trong năm": a count of a stock the words after it
    /// call recognised in the year (or anew) is the flow into that stock, when the catalogue has one.
    /// ("năm 2018 tỉnh … với 45 xã được công nhận", "Năm 2023, tỉnh đặt mục tiêu phấn đấu có 6 xã đạt chuẩn": and so is a
    /// count recognised, or aimed at, in a year the sentence names, not by it)
    private func recognisedInTheYear(_ d: inout Draft) {
        // ("có 109/137 xã được công nhận đạt chuẩn": a count out of all the units is a stock)
        guard let q = d.quantity, q.unitClass == .count, q.outOf == nil, let entry = d.entry, catalogue.entry(entry).isStock,
              let flow = catalogue.entries.firstIndex(where: { $0.totalVariant == d.indicator }) else { return }
        let after = q.tokens.upperBound..<min(range.upperBound, q.tokens.upperBound + 6)
        let recognised = after.first(where: { doc.matches(Self.congNhan, at: $0) })
        // "được công nhận trong năm", "công nhận mới"
        let anew = recognised.map { doc.matches(Self.trongNam, at: $0 + Self.congNhan.count) || doc.isWord($0 + Self.congNhan.count, Lex.moi) } ?? false
        let aimedAt = (range.lowerBound..<q.tokens.lowerBound).contains { doc.matches(Self.phanDau, at: $0) }
        guard anew || (recognised != nil || aimedAt) && countsWithinAYear(q) else { return }
        d.indicator = catalogue.entry(flow).indicator
        d.entry = flow
    }

    /// The sentence names one year as "năm Y" before the count at `q` or a few words after it, and nothing before the
    /// count makes it a total ("đến năm 2020", "tổng số", "nâng", "lũy kế", "đến nay").
    private func countsWithinAYear(_ q: Quantity) -> Bool {
        let before = range.lowerBound..<q.tokens.lowerBound
        guard !before.contains(where: { k in doc.isWord(k, Lex.den) || doc.isWord(k, Self.toi) || doc.isWord(k, Lex.het)
            || doc.isWord(k, Lex.cuoi) || doc.matches(Self.tongSo, at: k) || doc.isWord(k, Self.nang) || doc.matches(Lex.luyKe, at: k) })
        else { return false }
        // the year of the count's clause ("…của năm 2017, năm 2018 tỉnh … với 45 xã được công nhận"), else of its sentence
        let end = min(range.upperBound, q.tokens.upperBound + 10)
        let clause = yearsNamed(in: clauseStart(q.tokens.lowerBound)..<end)
        return clause == 1 || clause == 0 && yearsNamed(in: range.lowerBound..<end) == 1
    }

    private func yearsNamed(in tokens: Range<Int>) -> Int {
        tokens.filter { doc.isWord($0, Lex.nam) && doc.integer($0 + 1).map(PeriodScanner.isYear) ?? false }.count
    }

    private static let congNhan = Lex.p("công nhận"), trongNam = Lex.p("trong năm"), phanDau = Lex.p("phấn đấu")
    private static let toi = Lex.w("tới"), tongSo = Lex.p("tổng số"), nang = Lex.w("nâng")

    /// "có thêm 6 xã được công nhận đạt chuẩn, nâng tổng số lên 80/92 xã": a count right after "lên", with
    /// "nâng tổng số" a few words before, is the total the flow adds up to (its ``Catalogue/Entry/totalVariant``).
    private func addsUpToTotal(_ d: inout Draft) {
        guard let q = d.quantity, let entry = d.entry, let total = catalogue.entry(entry).totalVariant,
              doc.isWord(q.tokens.lowerBound - 1, Lex.len),
              (max(range.lowerBound, q.tokens.lowerBound - 12)..<q.tokens.lowerBound).contains(where: { doc.matches(Self.nangTongSo, at: $0) }),
              let totalEntry = catalogue.entries.firstIndex(where: { $0.indicator == total }) else { return }
        d.indicator = total
        d.entry = totalEntry
    }

    /// The figure of the sentence before gave a province or city a change.
    private func continuesRanking(_ last: Figure, state: BinderState) -> Bool {
        // ("… Ninh Bình đạt hơn 13.990 tỷ đồng. Tiếp đến là Hà Nam, đạt hơn 12.904 tỷ đồng": a level too, when the
        // sentence says it goes on down the ranking)
        (last.unit == .percent || Self.rankingGoesOn.contains { doc.matches($0, at: range.lowerBound) })
            && (last.jurisdiction.level == .province || last.jurisdiction.level == .city)
            && state.lastFigureSentence == state.sentence - 1
    }

    private static let rankingGoesOn = ["tiếp đến là", "tiếp theo là", "xếp sau là", "theo sau là", "đứng thứ hai là", "đứng thứ hai",
                                        "tiếp đến", "tiếp theo"].map(Lex.p)

    /// The sentence opens with a period mention, after words that lead one ("Ước thực hiện cả năm 2024", "Dự ước năm 2025").
    private func opensWithOwnPeriod() -> Bool {
        var k = range.lowerBound
        // "Số liệu các quý trước đã được cập nhật: quý I tăng 7,05%, …": after a lead-in that ends with a colon
        if let colon = (range.lowerBound..<min(range.upperBound, range.lowerBound + 12)).first(where: { doc.isPunct($0, ":") }),
           !(range.lowerBound..<colon).contains(where: { doc.isNumber($0) }) {
            k = colon + 1
        }
        while k < range.upperBound, k - range.lowerBound < 4, doc.tokens[k].kind == .word, timeline.statement(at: k) == nil,
              Self.ownPeriodLeads.contains(doc.tokens[k].hash) { k += 1 }
        return timeline.statement(at: k) != nil
    }

    private static let ownPeriodLeads = WordSet(["ước", "dự", "thực", "hiện", "cả", "tính", "chung", "lũy", "kế"].map { Lex.w($0) })

    /// The sentence names a unit merged away ("tỉnh Hà Nam (cũ)").
    private func namesFormerUnit() -> Bool {
        places.contains { $0.name != nil && !$0.inParentheses && formerUnitScope(after: $0) != nil }
    }

    /// The figure a sentence of former units restates: a growth continues the output figure (GRDP), a
    /// level the last figure without a sector.
    private func formerUnitsTemplate(_ state: BinderState) -> Figure? {
        let rates = quantities.contains { $0.unitClass == .percent }
        let money = quantities.contains { $0.unitClass == .money }
        if rates, let family = state.family, family.unit == .percent { return family }
        // "GRDP năm 2025 ước tăng 8,62% … Riêng quý IV/2025, GRDP ước tăng 9,31%. Quy mô GRDP … Xét theo địa bàn trước
        // hợp nhất, khu vực tỉnh A (cũ) ước tăng 9,47%": the output's growth over the period the sentence is in
        // "Riêng khu vực tỉnh A cũ (trước sáp nhập) đạt hơn 32.900 tỉ đồng": a level restates the output's level
        // (the output of the national accounts, not a branch's gross output: "… thu được 512 tỷ đồng" after an industrial
        // production value is the revenue's)
        if money, let family = state.family, family.unit?.isMoney ?? false, catalogue.family(of: family.indicator)?.sectorGrowth != nil { return family }
        // "Thu ngân sách … đạt 4.862 tỷ đồng; trong đó thu nội địa …, thu tiền sử dụng đất … Theo địa bàn, khu vực
        // A cũ thu 1.618 tỷ đồng": a sum of money for a former unit restates the total, not its last part
        if money, !rates, let head = state.lastHead, head.unit == state.lastFigure?.unit, head.sector == nil,
           state.lastFigureSentence == state.sentence - 1 { return head }
        if rates, !money, let growth = state.familyGrowths.last(where: { $0.period == runningPeriod }) ?? state.familyGrowths.last { return growth }
        guard let last = state.lastFigure, last.sector == nil else { return nil }
        return last
    }

    /// The period that frames the sentence (its own opening one, else the text's running one).
    private var runningPeriod: Period? {
        timeline.framingStatement(beforeSentenceAt: range.lowerBound).flatMap { timeline.resolved[$0] }
    }

    /// "tăng trưởng khu vực công nghiệp - xây dựng": the growth of a sector named with "khu vực".
    private func growthOfArea(_ cue: Cue) -> Bool {
        doc.matches(Lex.khuVuc, at: cue.start) && doc.matchesBefore(Self.tangTruong, cue.start)
    }

    /// What each number does in its clause; an index ("bằng 95% so với cùng kỳ") becomes its change.
    mutating func readRoles() {
        bound.removeAll(keepingCapacity: true)
        bound.append(contentsOf: repeatElement(false, count: quantities.count))
        role.removeAll(keepingCapacity: true)
        for quantity in quantities { role.append(roles.role(of: quantity)) }
        for index in role.indices {
            if case .index(let comparison) = role[index] {
                // (rounded: 126,4 − 100 is 26.400000000000006 in binary)
                quantities[index].value = ((quantities[index].value - 100) * 1e6).rounded() / 1e6
                role[index] = .change(sign: 1, comparison: comparison)
            }
        }
    }

    private static let kinhTe = Lex.p("kinh tế"), coCauKinhTe = Lex.p("cơ cấu kinh tế")

    /// The sentence's cues; a running total that opens the sentence ahead of any cue continues the
    /// previous figure's indicator.
    private func sentenceCues(state: BinderState) -> [Cue] {
        // "Khu vực II tăng 11,6%. Trong đó, ngành công nghiệp tăng 14,6%": the breakdown of a sector
        // figure names its branches bare
        let breaksDownSector = state.lastFigure?.sector != nil && state.family != nil
            && (doc.matches(Lex.trongDo, at: range.lowerBound) || doc.isWord(range.lowerBound, Lex.rieng))
        // ("GRDP tăng 9,18%. Tổng thu ngân sách đạt … Cơ cấu kinh tế chuyển dịch tích cực khi dịch vụ tăng 9,34%": a sentence
        // that opens on the economy, a few sentences after its output, names that output's sectors bare)
        let opensOnTheEconomy = state.familyIsNear
            && (doc.matches(Self.kinhTe, at: range.lowerBound) || doc.matches(Self.coCauKinhTe, at: range.lowerBound))
        var cues = findCues(bareSectors: state.familyIsRecent || breaksDownSector || opensOnTheEconomy, ledSectors: state.familyIsNear,
                            previous: state.lastFigure?.indicator)
        // ("Lũy kế đến nay có 127/143 xã đạt chuẩn nông thôn mới": a cue right after the number names its own)
        if let first = quantities.first, !cues.contains(where: { $0.start < first.tokens.lowerBound }),
           !cues.contains(where: { $0.start >= first.tokens.upperBound && $0.start <= first.tokens.upperBound + 2 }),
           state.untakenAmountSentence <= state.lastFigureSentence, var carried = runningTotalCue(after: state.lastFigure) {
            if let next = cues.first { carried.scopeEnd = min(carried.scopeEnd, next.start) }
            cues.insert(carried, at: 0)
        }
        // ("Doanh thu bán lẻ hàng hóa … tăng 8%. Một số địa phương có doanh thu tăng như: Đà Nẵng tăng 9,4%; Cần Thơ
        // tăng 8,7%": the places' changes of the figure before, named again by its first words)
        if cues.isEmpty, state.lastFigureSentence == state.sentence - 1, let listed = placeChangeCues(after: state.lastFigure) {
            cues = listed
        }
        // ("Năm 2018, thu vượt 17,5% dự toán …, tăng 14,4% so với năm 2017": only rates, over a period of its own)
        if cues.isEmpty, state.lastFigureSentence == state.sentence - 1, let carried = ratesOverOwnPeriodCue(after: state.lastFigure) {
            cues = [carried]
        }
        // ("… 8,40% (năm 2014). Năm 2015, chỉ còn khoảng 6,2% và …": what a rate is left at, over a period of its own,
        // before any cue of the sentence)
        if state.lastFigureSentence == state.sentence - 1, let carried = rateLeftCue(after: state.lastFigure),
           cues.allSatisfy({ $0.start >= carried.scopeEnd }) {
            cues.insert(carried, at: 0)
        }
        // ("… ở mức 5,27%. Đến năm 2019, con số này là 2,66%": "this figure" names the indicator before it)
        if saysThisFigure, let this = thisFigureCue(among: cues, after: state.lastFigureSentence >= state.sentence - 1 ? state.lastFigure : nil) {
            cues.insert(this, at: cues.firstIndex { $0.start > this.start } ?? cues.endIndex)
        }
        // ("Tây Ninh đạt 9,63%. Long An đạt 9,49%": the figure before, for another place)
        if cues.isEmpty, state.lastFigureSentence == state.sentence - 1, let next = nextPlaceCue(after: state.lastFigure) {
            cues = [next]
        }
        // ("… đạt 13.547 tỷ đồng. Kết quả này bằng 100% dự toán Trung ương giao": the result before, its shares and change)
        if cues.isEmpty, state.lastFigureSentence == state.sentence - 1, let restated = restatedResultCue(after: state.lastFigure) {
            cues = [restated]
        }
        return cues
    }

    /// Finishes the drafts in order: breakdowns ("trong đó …") take their total's kind and place,
    /// output figures become the parent of the sector breakdowns that follow.
    private func finishAll(_ drafts: [Draft], state: inout BinderState) -> [Figure] {
        var figures: [Figure] = []
        // "…ước đạt 5 triệu lượt. Trong đó, khách quốc tế đạt…": a breakdown opening the next sentence
        let opensBreakdown = doc.matches(Lex.trongDo, at: range.lowerBound) || doc.matches(Lex.cuThe, at: range.lowerBound)
            || state.breakdownList && doc.opensWithBullet(range)
        let estimateTotal = opensBreakdown ? state.lastEstimate : nil
        var afterEstimate = false
        var monthRoles: [RunningTotalRole] = []
        var cueSpans: [Range<Int>] = []
        for var draft in drafts {
            if draft.sector != nil, draft.inheritFrom == nil { draft.inheritFrom = state.family }
            // "Trong đó, thu nội địa …": a breakdown is about its total's place unless it names one
            // ("Trong đó, GRDP ước tăng 4,45% (GDP cả nước chỉ tăng 2,91%)": nor when its clause names the country)
            if opensBreakdown, draft.jurisdiction == nil, let total = state.lastFigure,
               !places.contains(where: { $0.name != nil && $0.tokens.upperBound <= (draft.quantity?.tokens.lowerBound ?? draft.cueEnd) }),
               !namesTheCountry(before: draft.quantity?.tokens.lowerBound ?? draft.cueEnd) {
                draft.jurisdiction = total.jurisdiction
            }
            // (not a part the clause sets as a goal: "; trong đó phấn đấu thu tiền sử dụng đất đạt 5.000 tỷ đồng")
            // ("…, trong đó có 67.080 lượt khách quốc tế": a part whose clause opens with "trong đó", its cue after the number)
            let partStart = max(draft.cueStart, draft.quantity?.tokens.lowerBound ?? draft.cueStart)
            if afterEstimate, hasTrongDo(before: partStart) || singlesOutPart(before: draft.cueStart), draft.kind == nil,
               !anyPhrase(catalogue.targetWords, in: clauseStart(draft.cueStart)..<max(draft.cueStart, draft.quantity?.tokens.lowerBound ?? draft.cueEnd)) {
                draft.kind = .estimate
            }
            if draft.sector != nil, draft.period == nil, let sibling = sectorSibling(of: draft, before: figures, state: state) {
                draft.period = sibling.period
            }
            if let total = breakdownTotal(of: draft, state: state) {
                if total.kind == .target, draft.kind == nil { draft.kind = .target }
                if total.kind == .target || draft.kind == nil { draft.period = total.period }
            }
            var figure = finish(draft)
            if let run = budgetRunPeriod(of: figure, quantity: draft.quantity, state: state) { figure.period = run }
            // ("thu ngân sách gấp 2,8 lần so với đầu nhiệm kỳ": a change against no period the figure compares with
            // leaves nothing to report)
            if figure.value == nil, figure.yoyPct == nil, figure.yoyRatio == nil, figure.momPct == nil, figure.pctOfPlan.isEmpty { continue }
            // ("các xã đã đạt được 1.518 tiêu chí, bình quân mỗi xã đạt 8,6 tiêu chí": a number above what the indicator
            // can be is the total its average is taken over)
            if let entry = draft.entry, let most = catalogue.entry(entry).atMost, let value = figure.value, value > most { continue }
            // ("đón 1,2 triệu lượt khách Trung Quốc": one market's visitors, a part of the arrivals, no figure of them)
            if figure.unit == .arrivals, let q = draft.quantity, countsOneMarket(after: q) { continue }
            // ("lượng khách Trung Quốc nhập cảnh tăng 472%": nor are visitors whose cue names their market)
            if figure.unit == .arrivals || figure.value == nil, let entry = draft.entry, catalogue.entry(entry).countsArrivals,
               namesMarket(at: draft.cueEnd) { continue }
            // ("kim ngạch xuất khẩu của 13 tỉnh khu vực Đồng bằng sông Cửu Long đạt 8,4 tỷ USD": the sum of several
            // provinces is no one place's figure)
            if let q = draft.quantity, sumsSeveralProvinces(before: q) { continue }
            // ("Giá trị sản xuất công nghiệp - xây dựng đạt 8.469 tỷ đồng": industry and construction together are no
            // industrial output)
            if joinsConstruction(draft) || outputOfAPart(draft) || attractsInvestment(draft) || leavesOutFishery(draft) || measuresGrossOutput(draft) { continue }
            // ("3 sản phẩm OCOP được nâng hạng lên 4 sao": products moved up a rank are no count of the products)
            if let q = draft.quantity, q.unitClass == .count, upgraded(after: q) { continue }
            // ("công nhận 31 xã thuộc 9 huyện, thị đạt chuẩn nông thôn mới": the units others belong to are no figure)
            if let q = draft.quantity, q.unitClass == .count, doc.isWord(q.tokens.lowerBound - 1, Self.thuoc) { continue }
            // ("Trong số 18 xã đạt chuẩn nông thôn mới, có 2 xã miền núi là …": a part of a total the sentence restates first,
            // no place of its own, is no figure)
            if let q = draft.quantity, q.unitClass == .count, let entry = draft.entry, isUnplacedPartOfRestatedTotal(q, entry: entry) { continue }
            // ("đã thẩm định, đánh giá 17 sản phẩm OCOP của 7 đơn vị": what is put to a council is no result)
            if let q = draft.quantity, q.unitClass == .count, isPutToAssessment(q) { continue }
            // a breakdown shares its total's cut-off date ("tính đến ngày 30/6 … Trong đó, thu nội địa …")
            if opensBreakdown, figure.asOf == nil, let total = state.lastFigure, total.period == figure.period,
               total.jurisdiction == figure.jurisdiction { figure.asOf = total.asOf }
            if let total = estimateTotal, figure.kind == .actual, draft.kind == nil, figure.jurisdiction == total.jurisdiction,
               figure.period == total.period, figure.unit?.baseName == total.unit?.baseName {
                figure.kind = .estimate
            }
            if figure.kind == .estimate { afterEstimate = true }
            // (a plan value in brackets after the result is no parent: "(kế hoạch tăng 7,5 - 8%)"; a plan stated
            // alone is, for the sectors after it: "GDP tăng 11 - 12%; trong đó: nông, lâm, thủy sản tăng 4 - 4,5%")
            // ("Tổng giá trị sản xuất … tăng 9,6% (GRDP tỉnh ước tăng 7,8%). Trong đó: + Nông, lâm nghiệp …": a figure in
            // brackets after one of a family is an aside, not the parent of the sectors after it)
            let asideAfterResult = (figure.kind == .plan || isBracketed(draft)) && figures.contains { catalogue.family(of: $0.indicator) != nil }
            // ("Giá trị sản xuất công nghiệp và xây dựng tăng 10,67%; dịch vụ tăng 9,62%": a sector's value of the family
            // being broken down does not open a family of its own, though its indicator heads one elsewhere)
            let partOfFamily = state.family.flatMap { catalogue.family(of: $0.indicator) }?.breaksDown(into: figure.indicator) ?? false
            if catalogue.family(of: figure.indicator) != nil, draft.sector == nil, draft.period == nil, !asideAfterResult, !partOfFamily {
                state.family = figure
                if figure.unit == .percent { state.familyGrowths = Array((state.familyGrowths + [figure]).suffix(4)) }
            } else if draft.sector != nil, figure.sector != nil, state.family != nil {
                // ("GRDP tăng 6,9%. Khu vực công nghiệp tăng 18,7%. Lĩnh vực dịch vụ tăng 3,9%.": a sentence of sectors keeps
                // the family's breakdown going into the next)
                state.familySentence = state.sentence
            }
            // ("Quy mô GRDP … theo giá hiện hành ước đạt 91.966 tỷ đồng, tăng 11,01%": a change at current prices is no growth,
            // which is measured at constant prices)
            var growth = atCurrentPrices(draft) ? nil : derivedGrowth(of: figure, entry: draft.entry)
            // ("tổng sản phẩm trong tỉnh (GRDP) ước tăng 8,01%, đạt 459 nghìn tỷ đồng": the growth written before the level)
            if growth == nil, !atCurrentPrices(draft), figure.yoyPct == nil, let change = changeBefore(draft),
               !figures.contains(where: { $0.unit == .percent && $0.value == change }) {
                var withChange = figure
                withChange.yoyPct = change
                growth = derivedGrowth(of: withChange, entry: draft.entry)
            }
            if let span = averagedChangeSpan(of: draft, dated: figure) {
                growth?.period = span
                figure.yoyPct = nil
                figure.yoyRatio = nil
            }
            figures.append(figure)
            monthRoles.append(runningTotalRole(of: draft))
            cueSpans.append(draft.cueStart..<draft.cueEnd)
            if let growth { figures.append(growth); monthRoles.append(.none); cueSpans.append(0..<0) }
        }
        datesLastMonth(&figures, roles: monthRoles)
        namesLocalBudgetTotal(&figures, cues: cueSpans)
        return figures
    }

    /// "GDP quý III/2025 tăng 8,23% … Giá trị tăng thêm ngành công nghiệp 9 tháng năm 2025 tăng 8,55%. Trong đó, công
    /// nghiệp chế biến … tăng 9,92%": a sector stating no period continues the period of the sector before it (in its
    /// sentence or the one before), when that one named a period of the same year other than its total's; the sentence
    /// names none before the sector's number.
    private func sectorSibling(of draft: Draft, before figures: [Figure], state: BinderState) -> Figure? {
        guard let parent = draft.inheritFrom, let parentPeriod = parent.period, let family = catalogue.family(of: draft.indicator),
              timeline.lastStatement(before: draft.quantity?.tokens.lowerBound ?? draft.cueEnd, from: range.lowerBound) == nil,
              let sibling = figures.last(where: { $0.sector != nil })
                ?? (state.lastFigureSentence == state.sentence - 1 ? state.lastFigure : nil),
              sibling.sector != nil, catalogue.family(of: sibling.indicator)?.name == family.name,
              sibling.kind == .actual || sibling.kind == .estimate,
              let period = sibling.period, period != parentPeriod, period.endYear == parentPeriod.endYear,
              (sibling.source?.start ?? -1) > (parent.source?.start ?? Int.max) else { return nil }
        return sibling
    }

    /// "GRDP ước tăng 8,01%, đạt 459 nghìn tỷ đồng": a rise written between a level's cue and its value, joined to the
    /// value by nothing but a comma and "đạt".
    func changeBefore(_ d: Draft) -> Double? {
        guard let q = d.quantity, q.unitClass == .money,
              let change = quantities.last(where: { $0.unitClass == .percent && $0.tokens.lowerBound >= d.cueEnd
                  && $0.tokens.upperBound < q.tokens.lowerBound }),
              change.valueHigh == nil else { return nil }
        // ("tăng nhẹ 1,1%": a word or two of manner may come between the verb and its number)
        var verb = change.tokens.lowerBound - 1
        while verb > change.tokens.lowerBound - 3, !doc.isWord(verb, Lex.tang), doc.tokens[verb].kind == .word,
              RoleReader.fillers.contains(doc.tokens[verb].hash) { verb -= 1 }
        guard doc.isWord(verb, Lex.tang) else { return nil }
        let link = change.tokens.upperBound..<q.tokens.lowerBound
        guard link.contains(where: { doc.isWord($0, Lex.dat) }) else { return nil }
        if link.count <= 3, link.allSatisfy({ doc.isPunct($0, ",") || doc.isWord($0, Lex.dat) || doc.isWord($0, Lex.va) }) { return change.value }
        // ("tổng sản phẩm (GRDP) tăng nhẹ 1,1% với quy mô tiếp tục duy trì vị trí thứ 7 toàn quốc, đạt 119.832 tỷ đồng": the
        // level reached "với quy mô" (at a size of) after the growth, words of its rank between)
        guard doc.isWord(link.lowerBound, Lex.voi), doc.matches(Self.quyMo, at: link.lowerBound + 1), link.count <= 16,
              link.allSatisfy({ doc.tokens[$0].kind == .word || doc.isPunct($0, ",") || doc.isNumber($0) && doc.isWord($0 - 1, Lex.thu) })
        else { return nil }
        return change.value
    }

    private static let quyMo = Lex.p("quy mô"), tu = Lex.w("từ")

    /// "theo giá hiện hành" among a draft's own words, from its cue to its end.
    func atCurrentPrices(_ d: Draft) -> Bool {
        (min(d.cueStart, d.end)..<d.end).contains { doc.matches(Self.currentPrices, at: $0) }
    }

    private static let currentPrices = Lex.p("giá hiện hành")

    /// A source market (catalogue `source_markets`) named at `k`, or after "(đến) từ" there: "khách đến từ châu Á".
    func namesMarket(at k: Int) -> Bool {
        var k = k
        if doc.isWord(k, Lex.den), doc.isWord(k + 1, Self.tu) { k += 2 } else if doc.isWord(k, Self.tu) { k += 1 }
        return catalogue.sourceMarkets.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) != nil
    }

    /// "1,2 triệu lượt khách Trung Quốc", "800 nghìn lượt du khách Hàn Quốc": visitors from one source market
    /// (catalogue `source_markets`) named right after the count.
    func countsOneMarket(after q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        // (the count's unit may hold the word already: "lượt khách")
        var sawVisitors = doc.isWord(k - 1, Self.khach)
        while k < min(range.upperBound, q.tokens.upperBound + 4), Self.visitorWords.contains(doc.hash(k)) {
            if doc.isWord(k, Self.khach) { sawVisitors = true }
            k += 1
        }
        return sawVisitors && catalogue.sourceMarkets.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) != nil
    }

    /// The figure a breakdown opening with "Trong đó" and stating no period of its own belongs to: the last one of the
    /// sentence before, when it has a period and the part is in its unit or it is a goal. Its period is the part's,
    /// whatever the total's sentence named after it ("Tính chung 10 tháng năm 2024, … 9,3 triệu lượt, vượt mục tiêu năm
    /// 2024 (…). Trong đó, khách quốc tế đạt …"), and a goal's parts are goals ("… đặt mục tiêu đón 10 triệu lượt khách
    /// trong năm 2025. Trong đó có 1 triệu lượt khách quốc tế"). Sectors go by their family; a list after "Cụ thể:" may
    /// set out another year's goals.
    /// "giá trị sản xuất" in the sentence before token `t`.
    private func namesGrossOutput(before t: Int) -> Bool {
        (range.lowerBound..<max(range.lowerBound, t)).contains { doc.matches(Self.giaTriSanXuat, at: $0) }
    }
    private static let giaTriSanXuat = Lex.p("giá trị sản xuất"), productionValue = Indicator("production_value")


    /// "cả nước" in the clause before token `t`.
    private func namesTheCountry(before t: Int) -> Bool {
        let start = clauseStart(t)
        return (start..<max(start, t)).contains { doc.matches(Lex.caNuoc, at: $0) }
    }

    private func breakdownTotal(of draft: Draft, state: BinderState) -> Figure? {
        guard doc.matches(Lex.trongDo, at: range.lowerBound), draft.period == nil, draft.sector == nil, let q = draft.quantity,
              let total = state.lastFigure, state.lastFigureSentence == state.sentence - 1, total.period != nil,
              total.jurisdiction == (draft.jurisdiction ?? total.jurisdiction),
              total.kind == .target || total.unit.map({ Self.measures($0, q.unitClass) }) == true,
              timeline.lastStatement(before: q.tokens.upperBound, from: range.lowerBound) == nil else { return nil }
        return total
    }

    /// Whether a figure's unit is one a quantity of `unitClass` states (a rate after an amount is no part of it).
    private static func measures(_ unit: MeasureUnit, _ unitClass: UnitClass) -> Bool {
        switch unit {
        case .percent: unitClass == .percent
        case .arrivals: unitClass == .arrivals
        case .visits: unitClass == .visits
        case .count: unitClass == .count
        default: unit.isMoney && unitClass == .money
        }
    }

    static let thuoc = Lex.w("thuộc")
    private static let thisRate = [Lex.p("tỷ lệ này"), Lex.p("tỉ lệ này")]

    /// The sentence opens with "Trong số", a count and the cue of catalogue entry `entry`, and count `q` comes after that
    /// count with no place named between (a part told by a cue of its own, "có 10 xã đạt chuẩn nâng cao", is a figure).
    private func isUnplacedPartOfRestatedTotal(_ q: Quantity, entry: Int) -> Bool {
        let lead = range.lowerBound
        guard doc.matches(Lex.trongSo, at: lead),
              let total = quantities.first(where: { $0.tokens.lowerBound == lead + Lex.trongSo.count }), total.unitClass == .count,
              q.tokens.lowerBound > total.tokens.lowerBound,
              cues.first(where: { $0.start >= total.tokens.upperBound })?.entries.contains(entry) == true else { return false }
        return !places.contains { $0.name != nil && $0.tokens.lowerBound >= total.tokens.upperBound && $0.tokens.upperBound <= q.tokens.lowerBound }
    }

    /// "thẩm định, đánh giá 17 sản phẩm", "… 17 sản phẩm OCOP của 7 đơn vị": a count assessed, or one in the words
    /// right after it.
    private func isPutToAssessment(_ q: Quantity) -> Bool {
        var k = q.tokens.lowerBound
        while true {
            if Self.assessments.contains(where: { doc.matchesBefore($0, k) }) { return true }
            // the count before, joined to this one by words alone
            guard let earlier = quantities.last(where: { $0.tokens.upperBound <= k }),
                  (earlier.tokens.upperBound..<k).allSatisfy({ doc.tokens[$0].kind == .word }) else { return false }
            k = earlier.tokens.lowerBound
        }
    }

    private static let assessments = [Lex.p("đánh giá"), Lex.p("thẩm định"), Lex.p("xét duyệt")]

    /// "… của 13 tỉnh khu vực …", "6 địa phương trên", "13 tỉnh thành vùng … mang về": a count of provinces in the
    /// number's clause, with no place named between it and the number.
    private func sumsSeveralProvinces(before q: Quantity) -> Bool {
        let start = clauseStart(q.tokens.lowerBound)
        // (the province's level word as the place scanner read it, not "tính", whose hash folds the same)
        guard let k = (start..<q.tokens.lowerBound).last(where: { k in
            doc.integer(k).map { (2...99).contains($0) } == true && !doc.isPunct(k - 1, "/")
                && (places.contains { $0.tokens.lowerBound == k + 1 && $0.level == .province } || doc.matches(Self.diaPhuong, at: k + 1))
        }) else { return false }
        return !places.contains { $0.name != nil && $0.tokens.lowerBound > k && $0.tokens.upperBound <= q.tokens.lowerBound }
    }
    private static let diaPhuong = Lex.p("địa phương")

    private static let khach = Lex.w("khách")
    private static let visitorWords = WordSet([Lex.w("lượt"), Lex.w("khách"), Lex.w("du"), Lex.w("người")])

    /// "GRDP đạt 53.500 tỷ đồng, tăng 6%": the change of a level whose catalogue entry names a growth
    /// indicator is that growth figure too.
    func derivedGrowth(of figure: Figure, entry: Int?) -> Figure? {
        // (a level read as its per-head variant, "GRDP đạt 94 triệu đồng/người, tăng 9%", derives no growth of the total)
        guard let entry, figure.indicator == catalogue.entry(entry).indicator, let growth = catalogue.entry(entry).growthIndicator,
              let yoy = figure.yoyPct, figure.value != nil, !sentenceAtCurrentPrices,
              // ("GRDP đạt 212.386 tỷ đồng, tăng gần 1,13 lần": a level so many times another is no growth rate)
              figure.yoyRatio == nil else { return nil }
        var derived = figure
        derived.indicator = growth
        derived.value = yoy
        derived.unit = .percent
        derived.yoyPct = nil
        derived.yoyRatio = nil
        derived.pctOfPlan = []
        derived.priceBasis = nil
        // ("đạt trên 677.900 tỉ đồng (tăng 9,63%)": a bound on the level is none on its change; an estimate's stays, and
        // so does the change's own, "tăng hơn 8%")
        if figure.kind != .estimate, !Self.changeWithBound.contains(where: { figure.quote.contains($0) }) { derived.qualifier = nil }
        return derived
    }

    /// "GRDP theo giá thực tế ước đạt 10.707 tỷ đồng, tăng 3,4%": a level at current prices grows with prices too,
    /// so its change is no growth of the economy (told at constant prices, "giá so sánh"), unless the sentence
    /// also speaks of those.
    private var sentenceAtCurrentPrices: Bool {
        range.contains { k in Self.currentPriceWords.contains { doc.matches($0, at: k) } } && !range.contains { doc.matches(Lex.price, at: $0) }
    }

    private static let currentPriceWords = [Lex.p("giá hiện hành"), Lex.p("giá thực tế")]

    private static let changeWithBound = ["tăng", "giảm"].flatMap { verb in ["hơn", "trên", "khoảng", "gần", "xấp xỉ"].map { "\(verb) \($0) " } }

    /// "trong đó" opens the clause (up to the last `;`) of token `t`.
    /// "…; riêng thu tiền sử dụng đất chỉ đạt 386,9 tỷ đồng": the clause of `t` opens by singling out a part.
    func singlesOutPart(before t: Int) -> Bool {
        let start = clauseStart(t)
        return start > range.lowerBound && doc.isPunct(start - 1, ";") && doc.isWord(start, Lex.rieng)
    }

    /// Up to `n` tokens of the sentence before token `end`; empty when `end` lies before the sentence (a draft restated
    /// from an earlier sentence's cue).
    func window(before end: Int, within n: Int) -> Range<Int> {
        min(max(range.lowerBound, end - n), end)..<end
    }

    func hasTrongDo(before t: Int) -> Bool {
        var k = t - 1
        while k >= range.lowerBound, !doc.isPunct(k, ";") {
            if doc.matches(Lex.trongDo, at: k) { return true }
            k -= 1
        }
        return false
    }
}
