extension FigureAmendment {
    /// Reads `{"unit": …, "period": …}` in the figure schema's keys; unknown keys are skipped.
    init(json reader: inout JSONReader) throws {
        self.init()
        try reader.readObject { r, key in
            switch key {
            case "indicator": indicator = try r.readOptional { Indicator(rawValue: try $0.readString()) }
            case "unit": unit = try r.readOptional { try $0.readUnit() }
            case "per": per = try r.readOptional { try $0.readString() }
            case "kind": kind = try r.readOptional { try $0.readKind() }
            case "period": period = try r.readOptional { try $0.readPeriod() }
            case "as_of": asOf = try r.readOptional { try $0.readDate() }
            case "jurisdiction": jurisdiction = try r.readOptional { try $0.readJurisdiction() }
            case "value_high": valueHigh = try r.readOptional { try $0.readDouble() }
            case "sector": sector = try r.readOptional { try $0.readString() }
            case "scope": scope = try r.readOptional { try $0.readString() }
            case "price_basis": priceBasis = try r.readOptional { try $0.readString() }
            default: try r.skipValue()
            }
        }
    }

    /// Writes the set fields, keys sorted, in the figure schema's keys.
    func write(to writer: inout JSONWriter) throws {
        writer.beginObject()
        if let asOf { writer.key("as_of"); writer.string(asOf.description) }
        if let indicator { writer.key("indicator"); writer.string(indicator.rawValue) }
        if let jurisdiction { writer.key("jurisdiction"); writer.string(jurisdiction.description) }
        if let kind { writer.key("kind"); writer.string(kind.rawValue) }
        if let per { writer.key("per"); writer.string(per) }
        if let period { writer.key("period"); writer.string(period.description) }
        if let priceBasis { writer.key("price_basis"); writer.string(priceBasis) }
        if let scope { writer.key("scope"); writer.string(scope) }
        if let sector { writer.key("sector"); writer.string(sector) }
        if let unit { writer.key("unit"); writer.string(unit.rawValue) }
        if let valueHigh { writer.key("value_high"); try writer.double(valueHigh) }
        writer.endObject()
    }
}
