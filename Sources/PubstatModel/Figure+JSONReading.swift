extension Figure {
    /// Reads a figure object exactly as `init(from:)` decodes it: the same snake_case keys,
    /// defaults (`kind` actual, `pct_of_plan` empty, `quote` empty) and value checks; null
    /// counts as absent; unknown keys are skipped.
    init(json reader: inout JSONReader) throws {
        let start = reader.position
        var indicator: Indicator?, jurisdiction: Jurisdiction?
        var value: Double?, valueHigh: Double?, yoyPct: Double?, yoyRatio: Double?, momPct: Double?, outOf: Double?
        var unit: MeasureUnit?, qualifier: Qualifier?, kind: FigureKind?, period: Period?
        var asOf: CalendarDate?, captured: YearMonth?, pctOfPlan: [PlanComparison]?, source: SourceSpan?
        var per: String?, portal: String?, sector: String?, scope: String?, priceBasis: String?, quote: String?
        try reader.readObject { r, key in
            switch key {
            case "indicator": indicator = try r.readOptional { Indicator(rawValue: try $0.readString()) }
            case "value": value = try r.readOptional { try $0.readDouble() }
            case "value_high": valueHigh = try r.readOptional { try $0.readDouble() }
            case "unit": unit = try r.readOptional { try $0.readUnit() }
            case "per": per = try r.readOptional { try $0.readString() }
            case "qualifier": qualifier = try r.readOptional { try $0.readRawValue(Qualifier.self) }
            case "kind": kind = try r.readOptional { try $0.readKind() }
            case "period": period = try r.readOptional { try $0.readPeriod() }
            case "as_of": asOf = try r.readOptional { try $0.readDate() }
            case "jurisdiction": jurisdiction = try r.readOptional { try $0.readJurisdiction() }
            case "pct_of_plan": pctOfPlan = try r.readOptional { try $0.readArray(of: PlanComparison.init(json:)) }
            case "yoy_pct": yoyPct = try r.readOptional { try $0.readDouble() }
            case "yoy_ratio": yoyRatio = try r.readOptional { try $0.readDouble() }
            case "mom_pct": momPct = try r.readOptional { try $0.readDouble() }
            case "captured": captured = try r.readOptional { try $0.readYearMonth() }
            case "portal": portal = try r.readOptional { try $0.readString() }
            case "sector": sector = try r.readOptional { try $0.readString() }
            case "scope": scope = try r.readOptional { try $0.readString() }
            case "out_of": outOf = try r.readOptional { try $0.readDouble() }
            case "price_basis": priceBasis = try r.readOptional { try $0.readString() }
            case "quote": quote = try r.readOptional { try $0.readString() }
            case "source": source = try r.readOptional(SourceSpan.init(json:))
            default: try r.skipValue()
            }
        }
        guard let indicator else { throw reader.missing("indicator", in: "a figure", at: start) }
        guard let jurisdiction else { throw reader.missing("jurisdiction", in: "a figure", at: start) }
        self.init(indicator: indicator, value: value, unit: unit, kind: kind ?? .actual, period: period,
                  jurisdiction: jurisdiction, quote: quote ?? "")
        self.valueHigh = valueHigh
        self.per = per
        self.qualifier = qualifier
        self.asOf = asOf
        self.pctOfPlan = pctOfPlan ?? []
        self.yoyPct = yoyPct
        self.yoyRatio = yoyRatio
        self.momPct = momPct
        self.captured = captured
        self.portal = portal
        self.sector = sector
        self.scope = scope
        self.outOf = outOf
        self.priceBasis = priceBasis
        self.source = source
    }
}

extension PlanComparison {
    /// Reads `{"authority": …, "pct": …}`, both required.
    init(json reader: inout JSONReader) throws {
        let start = reader.position
        var pct: Double?, authority: Authority?
        try reader.readObject { r, key in
            switch key {
            case "pct": pct = try r.readDouble()
            case "authority": authority = try r.readAuthority()
            default: try r.skipValue()
            }
        }
        guard let pct else { throw reader.missing("pct", in: "a plan comparison", at: start) }
        guard let authority else { throw reader.missing("authority", in: "a plan comparison", at: start) }
        self.init(pct: pct, authority: authority)
    }
}

extension SourceSpan {
    /// Reads `{"end": …, "start": …}`, both required integers, and the optional
    /// `original_start` / `original_end`.
    init(json reader: inout JSONReader) throws {
        let begin = reader.position
        var start: Int?, end: Int?, originalStart: Int?, originalEnd: Int?
        try reader.readObject { r, key in
            switch key {
            case "start": start = try r.readInt()
            case "end": end = try r.readInt()
            case "original_start": originalStart = try r.readOptional { try $0.readInt() }
            case "original_end": originalEnd = try r.readOptional { try $0.readInt() }
            default: try r.skipValue()
            }
        }
        guard let start else { throw reader.missing("start", in: "a source span", at: begin) }
        guard let end else { throw reader.missing("end", in: "a source span", at: begin) }
        self.init(start: start, end: end, originalStart: originalStart, originalEnd: originalEnd)
    }
}
