import PubstatModel

/// "KINH TẾ … QUA 10 CON SỐ", then "1. -1,56%" on a line of its own and "Là mức tăng trưởng GRDP ước tính năm 2021 của
/// tỉnh, …" on the next: a list whose items give a value first and say on the next line what it is. The value is the
/// figure of the first indicator the description names, when the description states no value of its own for it.
struct HeadlineValue {
    let quantity: Quantity
    let sign: Double

    /// The value line: right after an item number's sentence ("1."), a line holding only a number with its unit
    /// (and its sign).
    static func read(_ sentence: Range<Int>, after previous: Range<Int>?, doc: Document, quantities: ArraySlice<Quantity>) -> HeadlineValue? {
        guard let previous, doc.isItemNumber(previous), quantities.count == 1, let q = quantities.first, q.unitClass != .none,
              q.tokens.upperBound == sentence.upperBound, !sentence.isEmpty else { return nil }
        var start = sentence.lowerBound
        var sign: Double = 1
        if doc.isPunct(start, "-") { sign = -1; start += 1 } else if doc.isPunct(start, "+") { start += 1 }
        guard start == q.tokens.lowerBound, sentence.upperBound >= doc.count || doc.tokens[sentence.upperBound].newlineBefore else { return nil }
        return HeadlineValue(quantity: q, sign: sign)
    }
}

extension SentenceBinder {
    /// The figure of a headline value, read from the description sentence set by ``start(range:quantities:places:)``.
    mutating func bindHeadline(_ headline: HeadlineValue, state: BinderState) -> Figure? {
        readRoles()
        let q = headline.quantity
        let cues = findCues(bareSectors: false, previous: nil)
        guard let cue = cues.first, cue.sector == nil, let entry = cue.entries.first(where: { compatible(q, $0) }),
              // (the first clause names it, and states no value of its own for it: "Kim ngạch xuất khẩu cả năm ước đạt
              // 3,82 tỷ USD" says it again, and is read as any sentence)
              // (a plan it names is no value of its own: "(kế hoạch tăng 6%)")
              !quantities.indices.contains(where: { i in
                  if case .planValue = role[i] { return false }
                  if case .planShare = role[i] { return false }
                  return quantities[i].tokens.lowerBound < cue.scopeEnd && compatible(quantities[i], entry)
              }) else { return nil }
        var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: nil, value: nil,
                          cueStart: cue.start, cueEnd: cue.end, end: cue.end)
        let period = timeline.lastStatement(before: range.upperBound, from: range.lowerBound).flatMap { timeline.resolved[$0] }
            ?? period(for: draft, at: range.upperBound)
        draft.period = period
        // "… ước tính năm 2021": the description's estimate word
        let estimated = anyPhrase(catalogue.estimateWords, in: range)
        draft.kind = estimated ? .estimate : .actual
        var figure = finish(draft)
        figure.value = headline.sign * q.value
        figure.unit = q.unit ?? (q.bareScale ? .arrivals : nil)
        figure.qualifier = estimated ? .approx : nil
        figure.yoyPct = nil
        figure.pctOfPlan = []
        let lead = headline.sign < 0 ? q.tokens.lowerBound - 1 : q.tokens.lowerBound
        figure.quote = doc.original(lead..<q.tokens.upperBound)
        let span = doc.byteSpan(lead..<q.tokens.upperBound)
        figure.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
        return figure
    }
}
