import PubstatModel
import PubstatProjections

extension BulletinDetail {
    /// The bulletin's facts, then each figure with the quote it came from.
    public func renderedText() -> String {
        var text = """
            Bulletin   \(bulletin.id)
            File       \(bulletin.fileName)
            Published  \(bulletin.published?.description ?? bulletin.publishedMonth?.description ?? "-")
            Source     \(bulletin.sourceURL ?? "-")
            Subject    \(bulletin.subject?.description ?? "-")
            Title      \(bulletin.title ?? "-")
            Context    \(context.map(Self.describe) ?? "-")
            Sequence   \(bulletin.sequence) (extractor \(bulletin.extractorVersion))
            Figures    \(figures.count)

            """
        for (index, figure) in figures.enumerated() {
            text += "\n\(index + 1). \(figure.summary)\n   “\(figure.quote)”\n"
        }
        return text
    }

    /// The sidecar's members, `publisher …, published …, jurisdiction …`.
    static func describe(_ context: DocumentContext) -> String {
        var parts: [String] = []
        if let publisher = context.publisher { parts.append("publisher \(publisher)") }
        if let published = context.published { parts.append("published \(published)") }
        if let jurisdiction = context.jurisdiction { parts.append("jurisdiction \(jurisdiction)") }
        if let url = context.sourceURL { parts.append("source \(url)") }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}

extension Figure {
    /// `budget_revenue_on_territory  1,234.5 billion_vnd  2021-9M  province:Lai Châu  82.0% of central  yoy +12.5%`.
    var summary: String {
        var parts = [indicator.rawValue]
        if let value {
            let high = valueHigh.map { "–" + NumberText.count($0) } ?? ""
            parts.append((qualifier == .approx ? "~" : "") + NumberText.count(value) + high + (unit.map { " \($0.rawValue)" } ?? ""))
        }
        if kind != .actual { parts.append(kind.rawValue) }
        if let period { parts.append(period.description) }
        if let asOf { parts.append("as of \(asOf)") }
        parts.append(jurisdiction.description)
        parts += pctOfPlan.map { "\(NumberText.percent($0.pct)) of \($0.authority.label)" }
        if let yoyPct { parts.append("yoy \(NumberText.change(yoyPct))") }
        if let yoyRatio { parts.append("×\(NumberText.count(yoyRatio)) yoy") }
        if let momPct { parts.append("mom \(NumberText.change(momPct))") }
        if let portal { parts.append(portal + (captured.map { " captured \($0)" } ?? "")) }
        return parts.joined(separator: "  ")
    }
}
