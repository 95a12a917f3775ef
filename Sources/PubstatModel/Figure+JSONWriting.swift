extension Figure {
    /// Writes the figure as `JSONEncoder` with `.sortedKeys` does: keys in sorted order,
    /// absent optionals omitted, `kind`, `pct_of_plan` and `quote` always present.
    func write(to writer: inout JSONWriter) throws {
        writer.beginObject()
        if let asOf { writer.key("as_of"); writer.string(asOf.description) }
        if let captured { writer.key("captured"); writer.string(captured.description) }
        writer.key("indicator"); writer.string(indicator.rawValue)
        writer.key("jurisdiction"); writer.string(jurisdiction.description)
        writer.key("kind"); writer.string(kind.rawValue)
        if let momPct { writer.key("mom_pct"); try writer.double(momPct) }
        if let outOf { writer.key("out_of"); try writer.double(outOf) }
        writer.key("pct_of_plan")
        writer.beginArray()
        for comparison in pctOfPlan { try comparison.write(to: &writer) }
        writer.endArray()
        if let per { writer.key("per"); writer.string(per) }
        if let period { writer.key("period"); writer.string(period.description) }
        if let portal { writer.key("portal"); writer.string(portal) }
        if let priceBasis { writer.key("price_basis"); writer.string(priceBasis) }
        if let qualifier { writer.key("qualifier"); writer.string(qualifier.rawValue) }
        writer.key("quote"); writer.string(quote)
        if let scope { writer.key("scope"); writer.string(scope) }
        if let sector { writer.key("sector"); writer.string(sector) }
        if let source { writer.key("source"); source.write(to: &writer) }
        if let unit { writer.key("unit"); writer.string(unit.rawValue) }
        if let value { writer.key("value"); try writer.double(value) }
        if let valueHigh { writer.key("value_high"); try writer.double(valueHigh) }
        if let yoyPct { writer.key("yoy_pct"); try writer.double(yoyPct) }
        if let yoyRatio { writer.key("yoy_ratio"); try writer.double(yoyRatio) }
        writer.endObject()
    }
}

extension PlanComparison {
    func write(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.key("authority"); writer.string(authority.rawValue)
        writer.key("pct"); try writer.double(pct)
        writer.endObject()
    }
}

extension SourceSpan {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("end"); writer.int(end)
        if let originalEnd { writer.key("original_end"); writer.int(originalEnd) }
        if let originalStart { writer.key("original_start"); writer.int(originalStart) }
        writer.key("start"); writer.int(start)
        writer.endObject()
    }
}
