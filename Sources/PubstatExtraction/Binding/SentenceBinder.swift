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
        var inheritFrom: Figure?
        var sector: String?
        var jurisdiction: Jurisdiction?
        /// The change a value-less figure states, for its own period.
        var anchor: Quantity?
        /// A period written with the number itself ("6 tháng tăng 11,29%").
        var period: Period?
    }

    /// Per quantity of the sentence: taken by a figure (read by ``collectUnclassified(into:)``).
    private(set) var bound: [Bool] = []
    private var role: [QuantityRole] = []

    init(doc: Document, catalogue: Catalogue, timeline: Timeline, context: BulletinContext, roles: RoleReader) {
        self.doc = doc
        self.catalogue = catalogue
        self.timeline = timeline
        self.context = context
        self.roles = roles
    }

    /// Moves the binder to the next sentence.
    mutating func start(range: Range<Int>, quantities: ArraySlice<Quantity>, places: ArraySlice<PlaceMention>) {
        self.range = range
        self.quantities.removeAll(keepingCapacity: true)
        self.quantities.append(contentsOf: quantities)
        self.places.removeAll(keepingCapacity: true)
        self.places.append(contentsOf: places)
    }

    mutating func bind(state: inout BinderState) -> [Figure] {
        bound.removeAll(keepingCapacity: true)
        bound.append(contentsOf: repeatElement(false, count: quantities.count))
        role.removeAll(keepingCapacity: true)
        for q in quantities { role.append(roles.role(of: q)) }
        let cues = findCues()
        var drafts: [Draft] = []
        for cue in cues {
            if let sector = cue.sector {
                let family = drafts.last { OutputFamily($0.indicator) != nil }.flatMap { OutputFamily($0.indicator)?.rawValue }
                    ?? state.family.flatMap { OutputFamily($0.indicator)?.rawValue }
                if let family, let d = bindSector(cue, sector: sector, family: family) { drafts.append(d) }
            } else {
                drafts.append(contentsOf: bindLeading(cue))
            }
        }
        drafts.append(contentsOf: bindTrailing(cues))
        drafts.sort { ($0.quantity?.tokens.lowerBound ?? $0.cueStart) < ($1.quantity?.tokens.lowerBound ?? $1.cueStart) }
        var figures: [Figure] = []
        var parentEstimate = false
        for var d in drafts {
            if d.sector != nil, d.inheritFrom == nil { d.inheritFrom = state.family }
            if parentEstimate, hasTrongDo(before: d.cueStart), d.kind == nil { d.kind = .estimate }
            let f = finish(d)
            if f.kind == .estimate { parentEstimate = true }
            if OutputFamily(f.indicator) != nil, d.sector == nil, d.period == nil { state.family = f }
            figures.append(f)
            if let e = d.entry, let growth = catalogue.entry(e).growthIndicator, let yoy = f.yoyPct, f.value != nil {
                var g = f
                g.indicator = growth
                g.value = yoy
                g.unit = .percent
                g.yoyPct = nil
                g.yoyRatio = nil
                g.pctOfPlan = []
                g.priceBasis = nil
                figures.append(g)
            }
        }
        return figures
    }

    private func hasTrongDo(before t: Int) -> Bool {
        var k = t - 1
        while k > range.lowerBound, t - k < 12 {
            if doc.matches(Lex.trongDo, at: k) { return true }
            k -= 1
        }
        return false
    }

    // MARK: cues

    private func findCues() -> [Cue] {
        var cues: [Cue] = []
        var k = range.lowerBound
        var qi = 0
        while k < range.upperBound {
            while qi < quantities.count, quantities[qi].tokens.upperBound <= k { qi += 1 }
            if qi < quantities.count, quantities[qi].tokens.contains(k) { k = quantities[qi].tokens.upperBound; continue }
            guard doc.tokens[k].kind != .number else { k += 1; continue }
            let limit = qi < quantities.count ? min(range.upperBound, quantities[qi].tokens.lowerBound) : range.upperBound
            let indicator = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: limit)
            let sector = catalogue.sectors.longestMatch(in: doc.tokens, at: k, limit: limit)
            var cue: Cue?
            if let s = sector, s.end > (indicator?.end ?? 0) {
                cue = Cue(start: k, end: s.end, entries: [], sector: s.payload[0])
            } else if let m = indicator {
                cue = Cue(start: k, end: m.end, entries: m.payload)
            }
            guard let found = cue else { k += 1; continue }
            if var last = cues.last, last.sector == nil, found.sector == nil, adjacent(last.end, found.start) {
                for e in found.entries where !last.entries.contains(e) { last.entries.append(e) }
                last.end = found.end
                cues[cues.count - 1] = last
            } else {
                cues.append(found)
            }
            k = found.end
        }
        for c in cues.indices {
            var end = c + 1 < cues.count ? cues[c + 1].start : range.upperBound
            end = min(end, cues[c].end + 40)
            var k = cues[c].end
            // a clause ends at ";" unless a running total of the same figure follows ("; lũy kế 9 tháng đạt")
            while k < end, !doc.isPunct(k, ";") || doc.matches(Lex.luyKe, at: k + 1) || doc.matches(Lex.congDon, at: k + 1) { k += 1 }
            cues[c].scopeEnd = k
        }
        return cues
    }

    /// Cues separated by nothing but brackets, or by one word.
    private func adjacent(_ end: Int, _ start: Int) -> Bool {
        var k = end
        while k < start, doc.isPunct(k, "(") || doc.isPunct(k, ")") { k += 1 }
        return k == start
    }

    private func quantityIndices(in scope: Range<Int>) -> [Int] {
        quantities.indices.filter { scope.contains(quantities[$0].tokens.lowerBound) }
    }

    func compatible(_ q: Quantity, _ entry: Int) -> Bool {
        catalogue.entry(entry).units.contains { u in
            u.unitClass == q.unitClass && (u.nouns.isEmpty || u.nouns.contains(q.noun))
        }
    }

    // MARK: leading cues: "thu ngân sách ... đạt 1.208,8 tỷ đồng, bằng 82% dự toán ..."

    private mutating func bindLeading(_ cue: Cue) -> [Draft] {
        let scope = cue.end..<cue.scopeEnd
        let indices = quantityIndices(in: scope).filter { !bound[$0] }
        guard !indices.isEmpty else { return [] }
        var main: (index: Int, entry: Int, value: Double)?
        for i in indices {
            let q = quantities[i]
            switch role[i] {
            case .level:
                if let e = cue.entries.first(where: { compatible(q, $0) }) {
                    main = (i, e, q.value)
                }
            case .change(let sign, _):
                if q.unitClass == .percent,
                   let e = cue.entries.first(where: { catalogue.entry($0).changeIsValue && compatible(q, $0) }) {
                    main = (i, e, catalogue.entry(e).decreaseIsPositive ? q.value : sign * q.value)
                }
            default: break
            }
            if main != nil { break }
        }
        var drafts: [Draft] = []
        if let main {
            var entry = main.entry
            let q = quantities[main.index]
            if q.perYear, let variant = catalogue.entry(entry).rateVariant, isFall(before: q.tokens.lowerBound),
               let v = catalogue.entries.firstIndex(where: { $0.indicator == variant }) {
                entry = v
            }
            bound[main.index] = true
            var d = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: main.value,
                          cueStart: cue.start, cueEnd: cue.end, end: q.tokens.upperBound)
            let respective = doc.matchesBefore(Lex.lanLuot, q.tokens.lowerBound) || doc.matchesBefore(Lex.lanLuot, q.tokens.lowerBound - 1)
            var extra: [Draft] = []
            var stop = false
            for i in indices where i > main.index && !bound[i] && !stop {
                let x = quantities[i]
                switch role[i] {
                case .planShare(let authority, let end):
                    d.pctOfPlan.append(PlanComparison(pct: x.value, authority: authority))
                    d.end = max(d.end, end)
                case .change(let sign, let comparison):
                    let e = catalogue.entry(entry)
                    if x.unitClass == .percent, e.changeIsValue, isContinuation(before: x.tokens.lowerBound) {
                        var s = d
                        s.quantity = x
                        s.value = e.decreaseIsPositive ? x.value : sign * x.value
                        s.pctOfPlan = []
                        s.changes = []
                        s.end = x.tokens.upperBound
                        extra.append(s)
                    } else if x.unitClass == .percent, let growth = e.changeIsValue ? e.indicator : e.growthIndicator,
                              let sub = subPeriod(before: x.tokens.lowerBound) {
                        // "(6 tháng tăng 11,29%, quý III tăng 9,09%)": growth over a sub-period
                        var s = Draft(indicator: growth, entry: nil, quantity: x, value: sign * x.value,
                                      cueStart: sub.start, cueEnd: sub.start, end: x.tokens.upperBound)
                        s.period = sub.period
                        s.jurisdiction = d.jurisdiction
                        extra.append(s)
                    } else if x.unitClass == .percent || x.unitClass == .times {
                        // a change describes the value it follows: a continuation's, else the figure's
                        let change = (sign * x.value, comparison, x.unitClass == .times)
                        if let last = extra.indices.last, extra[last].kind != .plan, extra[last].period == nil {
                            extra[last].changes.append(change)
                            extra[last].end = max(extra[last].end, x.tokens.upperBound)
                        } else {
                            d.changes.append(change)
                            d.end = max(d.end, x.tokens.upperBound)
                        }
                    }
                case .planValue:
                    var p = d
                    var px = x
                    if px.unitClass == .none { px.unitClass = q.unitClass; px.unit = q.unit; px.per = q.per }
                    p.quantity = px
                    p.value = px.value
                    p.kind = .plan
                    p.pctOfPlan = []
                    p.changes = []
                    p.end = x.tokens.upperBound + (doc.isPunct(x.tokens.upperBound, ")") ? 1 : 0)
                    extra.append(p)
                case .level:
                    // another level that does not continue this figure ends its attributes
                    guard compatible(x, entry), respective || isContinuation(before: x.tokens.lowerBound) else {
                        if x.unitClass != .none { stop = true }
                        break
                    }
                    var s = d
                    s.quantity = x
                    s.value = x.value
                    s.pctOfPlan = []
                    s.changes = []
                    s.end = x.tokens.upperBound
                    extra.append(s)
                case .aside:
                    break
                }
                if !stop { bound[i] = true }
            }
            if respective { assignRespective(&d, &extra, before: cue.start) }
            drafts.append(d)
            drafts.append(contentsOf: extra)
        } else if let first = indices.first(where: { i in
            if case .change = role[i], quantities[i].unitClass == .percent || quantities[i].unitClass == .times {
                return !cueFollows(quantities[i])
            }
            return false
        }), let entry = cue.entries.first {
            let x = quantities[first]
            guard case .change(let sign, let comparison) = role[first] else { return [] }
            bound[first] = true
            let e = catalogue.entry(entry)
            if x.unitClass == .percent, let growth = e.growthIndicator {
                // "GRDP tăng 11,72%": the change of a level is its growth
                drafts.append(Draft(indicator: growth, entry: nil, quantity: x, value: sign * x.value,
                                    cueStart: cue.start, cueEnd: cue.end, end: x.tokens.upperBound))
                return drafts
            }
            var d = Draft(indicator: e.indicator, entry: entry, quantity: nil, value: nil,
                          cueStart: cue.start, cueEnd: cue.end, end: x.tokens.upperBound)
            d.changes.append((sign * x.value, comparison, x.unitClass == .times))
            d.anchor = x
            drafts.append(d)
        }
        return drafts
    }

    /// A cue right after a change ("tăng 6,6 lần tổng lượt khách"): the change is that cue's.
    private func cueFollows(_ q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        if doc.isWord(k, Lex.ve) { k += 1 }
        return catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: min(range.upperBound, k + 8)) != nil
    }

    /// The start of a period written right before "tăng"/"giảm" ("6 tháng tăng 11,29%").
    private func subPeriod(before t: Int) -> (start: Int, period: Period)? {
        var k = t - 1
        while k > range.lowerBound, t - k <= 3, doc.tokens[k].kind == .word, !doc.isWord(k, Lex.tang), !doc.isWord(k, Lex.giam) { k -= 1 }
        guard doc.isWord(k, Lex.tang) || doc.isWord(k, Lex.giam), let m = timeline.mention(endingAt: k),
              let period = timeline.resolved[m] else { return nil }
        return (timeline.mentions[m].tokens.lowerBound, period)
    }

    /// "giảm xuống còn", "lên", "riêng ...", "lũy kế 9 tháng đạt": a second value of the same indicator.
    private func isContinuation(before t: Int) -> Bool {
        if doc.isWord(t - 1, Lex.con) || doc.isWord(t - 1, Lex.len) || doc.isWord(t - 1, Lex.xuong) { return true }
        if runningTotal(before: t) != nil { return true }
        var k = t - 1
        while k >= range.lowerBound, t - k <= 6, doc.tokens[k].kind != .number {
            if doc.isWord(k, Lex.rieng) { return true }
            k -= 1
        }
        return false
    }

    /// Where "lũy kế" / "cộng dồn" opens the running total that `t` states ("lũy kế 9 tháng đạt 13.860").
    func runningTotal(before t: Int) -> Int? {
        var k = t - 1
        while k >= range.lowerBound, t - k <= 8 {
            if doc.matches(Lex.luyKe, at: k) || doc.matches(Lex.congDon, at: k) { return k }
            if doc.tokens[k].kind == .punct, doc.tokens[k].first != UInt8(ascii: ",") { return nil }
            k -= 1
        }
        return nil
    }

    private func isFall(before t: Int) -> Bool {
        var k = t - 1
        while k >= range.lowerBound, t - k <= 4 {
            if doc.isWord(k, Lex.giam) { return true }
            k -= 1
        }
        return false
    }

    /// "Hải Phòng và Hà Nam ... lần lượt đạt 11,01% và 10,93%": the n-th value goes to the n-th place.
    private func assignRespective(_ d: inout Draft, _ extra: inout [Draft], before t: Int) {
        let named = places.filter { $0.name != nil && $0.tokens.upperBound <= t && !$0.inParentheses }
        let values = 1 + extra.filter { $0.kind != .plan }.count
        guard named.count >= values else { return }
        let chosen = named.suffix(values).map { Jurisdiction($0.level, $0.name!) }
        d.jurisdiction = chosen[0]
        var k = 1
        for i in extra.indices where extra[i].kind != .plan {
            extra[i].jurisdiction = chosen[k]
            k += 1
        }
    }

    // MARK: sector breakdowns: "khu vực dịch vụ đạt 7.006,35 tỷ đồng, tăng 12,82%"

    private mutating func bindSector(_ cue: Cue, sector: String, family prefix: String) -> Draft? {
        let indices = quantityIndices(in: cue.end..<cue.scopeEnd).filter { !bound[$0] }
        guard let first = indices.first else { return nil }
        let q = quantities[first]
        var d = Draft(indicator: Indicator("\(prefix)_sector_value"), entry: nil, quantity: q, value: q.value,
                      cueStart: cue.start, cueEnd: cue.end, end: q.tokens.upperBound, sector: sector)
        switch role[first] {
        case .level where q.unitClass == .money:
            bound[first] = true
            for i in indices.dropFirst() where !bound[i] {
                if case .change(let sign, let comparison) = role[i], quantities[i].unitClass == .percent {
                    d.changes.append((sign * quantities[i].value, comparison, false))
                    d.end = quantities[i].tokens.upperBound
                    bound[i] = true
                    break
                }
            }
            return d
        case .change(let sign, _) where q.unitClass == .percent:
            bound[first] = true
            d.indicator = Indicator("\(prefix)_sector_growth")
            d.value = sign * q.value
            return d
        default:
            return nil
        }
    }

    // MARK: trailing cues: "có 158 sản phẩm được công nhận OCOP", "41,5% xã đạt chuẩn nông thôn mới"

    private mutating func bindTrailing(_ cues: [Cue]) -> [Draft] {
        var drafts: [Draft] = []
        for i in quantities.indices where !bound[i] {
            let q = quantities[i]
            let isChange: Bool
            switch role[i] {
            case .level: isChange = false
            case .change: isChange = q.unitClass == .percent || q.unitClass == .times
            default: continue
            }
            guard isChange || q.unitClass == .count || q.unitClass == .percent else { continue }
            let reach = q.unitClass == .percent && !isChange ? 2 : 10
            let next = i + 1 < quantities.count ? quantities[i + 1].tokens.lowerBound : range.upperBound
            guard let cue = cues.first(where: { $0.sector == nil && $0.start >= q.tokens.upperBound
                    && $0.start <= q.tokens.upperBound + reach && $0.start < next && !hasStop(q.tokens.upperBound, $0.start) }) else { continue }
            if isChange {
                guard case .change(let sign, let comparison) = role[i], let entry = cue.entries.first else { continue }
                var d = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: nil, value: nil,
                              cueStart: clauseStart(q.tokens.lowerBound), cueEnd: q.tokens.lowerBound, end: cue.end)
                d.changes.append((sign * q.value, comparison, q.unitClass == .times))
                d.anchor = q
                bound[i] = true
                drafts.append(d)
            } else if let entry = cue.entries.first(where: { compatible(q, $0) }) {
                bound[i] = true
                let start = clauseStart(q.tokens.lowerBound)
                drafts.append(Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                                    cueStart: start, cueEnd: start, end: cue.end))
            }
        }
        return drafts
    }

    private func hasStop(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { doc.isPunct($0, ";") || doc.isPunct($0, ".") || doc.isPunct($0, ":") }
    }

    /// The token after the last `;` or `,` before `t` in the sentence.
    private func clauseStart(_ t: Int) -> Int {
        var k = t - 1
        while k > range.lowerBound {
            if doc.isPunct(k, ";") || doc.isPunct(k, ",") || doc.isPunct(k, ":") { return k + 1 }
            k -= 1
        }
        return range.lowerBound
    }
}
