import PubstatModel

/// Figures as CSV rows, each with its bulletin: the rows of `GET /v1/bulletins/{id}` as CSV and
/// of `pubstatctl export --csv` (every figure of every bulletin).
public enum FigureRows {
    /// Every field of a figure, after the bulletin's id, file name, publication date and source URL.
    public static let columns = [
        "bulletin", "file_name", "published", "source_url",
        "indicator", "value", "value_high", "unit", "per", "qualifier", "kind", "period", "as_of", "jurisdiction",
        "pct_of_plan", "yoy_pct", "yoy_ratio", "mom_pct", "captured", "portal", "sector", "scope", "out_of",
        "price_basis", "quote", "source_start", "source_end",
    ]

    /// An empty table with the figure columns.
    public static func table() -> CSVTable { CSVTable(columns: columns) }

    /// Appends one row per figure of `bulletin` to `table`.
    public static func append(_ figures: [Figure], of bulletin: BulletinSummary, sourceURL: String?, to table: inout CSVTable) {
        for figure in figures {
            table.append([
                "bulletin": bulletin.id.rawValue, "file_name": bulletin.fileName,
                "published": CSVField.text(bulletin.published).orElse(CSVField.text(bulletin.publishedMonth)),
                "source_url": sourceURL ?? "",
                "indicator": figure.indicator.rawValue, "value": CSVField.number(figure.value),
                "value_high": CSVField.number(figure.valueHigh), "unit": CSVField.code(figure.unit), "per": figure.per ?? "",
                "qualifier": CSVField.code(figure.qualifier), "kind": figure.kind.rawValue, "period": CSVField.text(figure.period),
                "as_of": CSVField.text(figure.asOf), "jurisdiction": figure.jurisdiction.description,
                "pct_of_plan": planComparisons(figure.pctOfPlan), "yoy_pct": CSVField.number(figure.yoyPct),
                "yoy_ratio": CSVField.number(figure.yoyRatio), "mom_pct": CSVField.number(figure.momPct),
                "captured": CSVField.text(figure.captured), "portal": figure.portal ?? "", "sector": figure.sector ?? "",
                "scope": figure.scope ?? "", "out_of": CSVField.number(figure.outOf), "price_basis": figure.priceBasis ?? "",
                "quote": figure.quote, "source_start": CSVField.integer(figure.source?.start),
                "source_end": CSVField.integer(figure.source?.end),
            ])
        }
    }

    /// `central=82;provincial_council=75.5`: each percentage of a plan with the authority that set it.
    static func planComparisons(_ comparisons: [PlanComparison]) -> String {
        comparisons.map { "\($0.authority.rawValue)=\(CSVField.number($0.pct))" }.joined(separator: ";")
    }
}

extension BulletinDetail: CSVRepresentable {
    /// One row per figure (see ``FigureRows``).
    public var csvTable: CSVTable {
        var table = FigureRows.table()
        FigureRows.append(figures, of: bulletin, sourceURL: bulletin.sourceURL ?? context?.sourceURL, to: &table)
        return table
    }
}

extension BulletinList: CSVRepresentable {
    /// One row per bulletin.
    public var csvTable: CSVTable {
        var table = CSVTable(columns: [
            "id", "file_name", "published", "published_month", "subject", "title", "source_url", "figure_count",
            "sequence", "extractor_version",
        ])
        for bulletin in bulletins {
            table.append([
                "id": bulletin.id.rawValue, "file_name": bulletin.fileName, "published": CSVField.text(bulletin.published),
                "published_month": CSVField.text(bulletin.publishedMonth), "subject": CSVField.text(bulletin.subject),
                "title": bulletin.title ?? "", "source_url": bulletin.sourceURL ?? "",
                "figure_count": String(bulletin.figureCount), "sequence": String(bulletin.sequence),
                "extractor_version": bulletin.extractorVersion,
            ])
        }
        return table
    }
}

extension String {
    /// `self`, or `other` when `self` is empty.
    fileprivate func orElse(_ other: @autoclosure () -> String) -> String { isEmpty ? other() : self }
}
