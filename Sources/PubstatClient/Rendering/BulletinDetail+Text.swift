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
            Ingested   \(bulletin.ingestedAt?.description ?? "-")
            Figures    \(figures.count)

            """
        if let retraction = bulletin.retracted {
            text += "RETRACTED  \(retraction.at) by \(retraction.user): \(retraction.reason)\n"
        }
        for (index, (id, figure)) in zip(figureIDs, figures).enumerated() {
            text += "\n\(index + 1). \(figure.summary)\n   “\(figure.quote)”\n   figure \(id)\n"
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
    /// Every field of the figure on one line, numbers as written (never rounded):
    /// `per_capita_income  2.324 million_vnd/person/month  estimate  2024-9M  province:Lai Châu  sector services
    /// price basis constant_2010  127.54% of central  yoy +12.5%`.
    public var summary: String {
        var parts = [indicator.rawValue]
        if let value {
            let high = valueHigh.map { "–" + NumberText.exact($0) } ?? ""
            let unitText = unit.map { " \($0.rawValue)" + (per.map { "/\($0)" } ?? "") } ?? ""
            parts.append((qualifier == .approx ? "~" : "") + NumberText.exact(value) + high + unitText)
        } else if let unit {
            parts.append("(no value) " + unit.rawValue + (per.map { "/\($0)" } ?? ""))
        }
        if let outOf { parts.append("out of \(NumberText.exact(outOf))") }
        if kind != .actual { parts.append(kind.rawValue) }
        if let period { parts.append(period.description) }
        if let asOf { parts.append("as of \(asOf)") }
        parts.append(jurisdiction.description)
        if let sector { parts.append("sector \(sector)") }
        if let scope { parts.append("scope \(scope)") }
        if let priceBasis { parts.append("price basis \(priceBasis)") }
        parts += pctOfPlan.map { "\(NumberText.exact($0.pct))% of \($0.authority.label)" }
        if let yoyPct { parts.append("yoy \(Self.signed(yoyPct))%") }
        if let yoyRatio { parts.append("×\(NumberText.exact(yoyRatio)) yoy") }
        if let momPct { parts.append("mom \(Self.signed(momPct))%") }
        if let portal { parts.append(portal + (captured.map { " captured \($0)" } ?? "")) }
        return parts.joined(separator: "  ")
    }

    private static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + NumberText.exact(value)
    }
}
