import PubstatModel
import PubstatProjections

extension FigureExplanation {
    /// Where the figure comes from, what people did to it, and every vintage of its point.
    public func renderedText() -> String {
        var text = """
            Figure     \(id)
                       \(figure.summary)
            Quote      “\(figure.quote)”
            Source     \(Self.describe(figure.source))
            Bulletin   \(bulletin.id)
            File       \(bulletin.fileName)
            Title      \(bulletin.title ?? "-")
            Published  \(bulletin.published?.description ?? bulletin.publishedMonth?.description ?? "-")
            Ingested   \(bulletin.ingestedAt) (event \(bulletin.ingestedSequence))
            Extracted  \(extractedAt) (event \(extractedSequence), extractor \(extractorVersion))

            """
        if let extracted { text += "As read    \(extracted.summary)\n" }
        if let retraction = bulletin.retracted {
            text += "RETRACTED  \(retraction.at) by \(retraction.user) (uid \(retraction.uid)): \(retraction.reason)\n"
        }
        for correction in corrections {
            var changes: [String] = []
            if let value = correction.value { changes.append("value \(NumberText.exact(value))") }
            if let fields = correction.fields { changes += Self.describe(fields) }
            let who = "\(correction.user) (uid \(correction.uid), event \(correction.sequence))"
            text += "Corrected  \(correction.at) by \(who): \(changes.joined(separator: ", ")) — \(correction.reason)\n"
        }
        for confirmation in confirmations {
            text += "Confirmed  \(confirmation.at) by \(confirmation.user) (uid \(confirmation.uid))\(confirmation.note.map { ": \($0)" } ?? "")\n"
        }
        if let disagreementReason { text += "DISAGREEMENT  \(disagreementReason)\n" }
        text += "\nVintages of this observation:\n"
        var table = TextTable([
            .init("STATUS"), .init("VALUE", .right), .init("UNIT"), .init("KIND"), .init("PUBLISHED"), .init("INGESTED"), .init("FIGURE"), .init("FILE"),
        ])
        for vintage in vintages {
            let row = SeriesReport.row("", vintage, note: "")
            table.append([vintage.status.rawValue + (vintage.correction == nil ? "" : " (corrected)")] + row[1..<8])
        }
        return text + table.render()
    }

    /// `bytes 120..<188 (in the file: 123..<191)`.
    static func describe(_ source: SourceSpan?) -> String {
        guard let source else { return "-" }
        var text = "bytes \(source.start)..<\(source.end)"
        if let start = source.originalStart, let end = source.originalEnd { text += " (in the file: \(start)..<\(end))" }
        return text
    }

    static func describe(_ fields: FigureAmendment) -> [String] {
        var parts: [String] = []
        if let indicator = fields.indicator { parts.append("indicator \(indicator)") }
        if let unit = fields.unit { parts.append("unit \(unit.rawValue)") }
        if let per = fields.per { parts.append("per \(per)") }
        if let kind = fields.kind { parts.append("kind \(kind.rawValue)") }
        if let period = fields.period { parts.append("period \(period)") }
        if let asOf = fields.asOf { parts.append("as of \(asOf)") }
        if let jurisdiction = fields.jurisdiction { parts.append("jurisdiction \(jurisdiction)") }
        if let valueHigh = fields.valueHigh { parts.append("value high \(NumberText.exact(valueHigh))") }
        if let sector = fields.sector { parts.append("sector \(sector)") }
        if let scope = fields.scope { parts.append("scope \(scope)") }
        if let priceBasis = fields.priceBasis { parts.append("price basis \(priceBasis)") }
        return parts
    }
}

extension ActReceipt {
    /// `figure.corrected appended as event 42 at … by alice (uid 1000)`.
    public func renderedText() -> String {
        "\(event) \(figure.map { "of figure \($0) " } ?? "of bulletin \(bulletin.short) ")appended as event \(sequence) at \(at) by \(user) (uid \(uid))\n"
    }
}
