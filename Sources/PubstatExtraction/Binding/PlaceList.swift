import PubstatModel

/// The heading of a list of places, one per line, each with one value: "TOP 10 ĐỊA PHƯƠNG CÓ TỐC ĐỘ TĂNG TRƯỞNG
/// GRDP CAO NHẤT NĂM 2016", then "1. Hải Phòng: 11,02%", "2. Quảng Ninh: 10,03%". The heading names the
/// indicator and states no value with a unit; each item's value is that indicator for its place, over the period
/// the heading (or the text before it) frames.
struct PlaceList: Sendable {
    /// Catalogue entries the heading's cue names.
    let entries: [Int]
    let period: Period

    /// The list heading a line is, if it is one: a line of its own that names an indicator, with no value of its own.
    static func read(_ line: Range<Int>, doc: Document, timeline: Timeline, catalogue: Catalogue) -> PlaceList? {
        guard line.count >= 3, line.count <= 30, line.lowerBound == 0 || doc.tokens[line.lowerBound].newlineBefore,
              line.upperBound >= doc.count || doc.tokens[line.upperBound].newlineBefore,
              !doc.isPunct(line.upperBound - 1, "."), !line.contains(where: { doc.isPunct($0, "|") }) else { return nil }
        var entries: [Int] = []
        var k = line.lowerBound
        while k < line.upperBound {
            if let m = catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: line.upperBound) {
                entries.append(contentsOf: m.payload)
                k = m.end
            } else {
                k += 1
            }
        }
        guard !entries.isEmpty,
              let framing = timeline.lastStatement(before: line.upperBound).flatMap({ timeline.resolved[$0] }), !framing.isTarget else { return nil }
        return PlaceList(entries: entries, period: framing)
    }
}

extension SentenceBinder {
    /// An item of a ``PlaceList``: "[N.] <province or city>: <value>" on a line of its own. Nil when the line is none.
    mutating func bindPlaceListItem(_ list: PlaceList) -> [Figure]? {
        // (this sentence's marks, not the last one's: an item after a line with no number trapped here)
        bound = Array(repeating: false, count: quantities.count)
        var first = range.lowerBound
        // ("1." may stand in the sentence, or end one of its own before it)
        let afterItemNumber = first >= 2 && doc.isNumber(first - 2) && doc.isPunct(first - 1, ".")
            && (first == 2 || doc.tokens[first - 2].newlineBefore)
        guard first == 0 || doc.tokens[first].newlineBefore || afterItemNumber else { return nil }
        if doc.isNumber(first), doc.isPunct(first + 1, ".") { first += 2 }
        guard quantities.count == 1, let q = quantities.first, let place = places.first, place.tokens.lowerBound == first,
              let name = place.name, place.level == .province || place.level == .city,
              doc.isPunct(place.tokens.upperBound, ":"), q.tokens.lowerBound == place.tokens.upperBound + 1,
              q.tokens.upperBound == range.upperBound || doc.isPunct(q.tokens.upperBound, ";") && q.tokens.upperBound + 1 == range.upperBound,
              let entry = list.entries.first(where: { compatible(q, $0) }) else { return nil }
        var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                          cueStart: range.lowerBound, cueEnd: range.lowerBound, end: q.tokens.upperBound)
        draft.period = list.period
        draft.jurisdiction = Jurisdiction(place.level, name)
        markBound(0)
        return [finish(draft)]
    }
}
