import PubstatModel
import PubstatProjections

extension SeriesReport {
    /// One table per series: a row per point (current value), and with `--history` a row per
    /// vintage under it. Values as published (every digit), flags `revised`, `DISAGREEMENT`, `corrected`.
    public func renderedText() -> String {
        guard !series.isEmpty else {
            return "No figures of \(indicator)\(asOf.map { " published by \($0)" } ?? "").\n"
        }
        var text = ""
        for line in series {
            text += (text.isEmpty ? "" : "\n") + line.heading + "\n"
            var table = TextTable([
                .init("PERIOD"), .init("VALUE", .right), .init("UNIT"), .init("KIND"), .init("PUBLISHED"), .init("INGESTED"),
                .init("FIGURE"), .init("FILE"), .init("NOTE"),
            ])
            for point in line.points {
                if let current = point.current { table.append(Self.row(point.label, current, note: Self.note(point, current))) }
                for vintage in (point.vintages ?? []).dropFirst(point.current == nil ? 0 : 1) {
                    table.append(Self.row("  ↳", vintage, note: vintage.status.rawValue + (vintage.correction == nil ? "" : ", corrected")))
                }
            }
            text += table.render()
        }
        if let reasons = disagreementReasons, !reasons.isEmpty { text += "\nDisagreements:\n" + reasons.map { "  - \($0)\n" }.joined() }
        return text
    }

    private var disagreementReasons: [String]? {
        series.flatMap { line in line.points.compactMap { point in point.disagreementReason.map { "\(point.label): \($0)" } } }
    }

    static func row(_ label: String, _ vintage: Vintage, note: String) -> [String] {
        let value = vintage.value.map { NumberText.exact($0) + (vintage.valueHigh.map { "–" + NumberText.exact($0) } ?? "") } ?? "-"
        let unit = (vintage.unit?.rawValue ?? "-") + (vintage.per.map { "/\($0)" } ?? "")
        return [label, value, unit, vintage.kind.rawValue, vintage.published?.description ?? vintage.publishedMonth?.description ?? "(\(vintage.knownFrom))",
                String(vintage.ingestedAt.description.prefix(19)) + "Z", vintage.figureID.rawValue, BulletinList.clipped(vintage.fileName, to: 30), note]
    }

    static func note(_ point: SeriesPoint, _ current: Vintage) -> String {
        var notes: [String] = []
        if point.vintageCount > 1 { notes.append("\(point.vintageCount) vintages") }
        if point.revised { notes.append("revised") }
        if current.correction != nil { notes.append("corrected by \(current.correction!.user)") }
        if current.confirmations > 0 { notes.append("confirmed") }
        if point.disagreement { notes.append("DISAGREEMENT") }
        return notes.joined(separator: ", ")
    }
}

extension SeriesLine {
    /// `grdp_growth  province:Lai Châu  (outcome, sector industry)`.
    var heading: String {
        var extras = [measure.rawValue]
        if let sector { extras.append("sector \(sector)") }
        if let scope { extras.append("scope \(scope)") }
        if let priceBasis { extras.append("price basis \(priceBasis)") }
        if let portal { extras.append("portal \(portal)") }
        return "\(indicator)  \(jurisdiction)  (\(extras.joined(separator: ", ")))"
    }
}

extension SeriesPoint {
    /// `2021-9M`, `2021-9M as of 2021-09-10`, `as of 2021-09-10`, `captured 2024-03`.
    var label: String {
        var parts: [String] = []
        if let period { parts.append(period.description) }
        if let cutoff { parts.append("as of \(cutoff)") }
        if let captured { parts.append("captured \(captured)") }
        return parts.isEmpty ? "-" : parts.joined(separator: " ")
    }
}
