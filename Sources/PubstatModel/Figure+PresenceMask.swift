extension Figure {
    /// One bit per optional member, in the order the binary snapshot and the packed read model write
    /// them after the mask: value, valueHigh, unit, per, qualifier, period, asOf, yoyPct, yoyRatio,
    /// momPct, captured, portal, sector, scope, outOf, priceBasis, source, pctOfPlan (bit 0 first).
    public var presenceMask: UInt64 {
        let present: [Bool] = [
            value != nil, valueHigh != nil, unit != nil, per != nil, qualifier != nil,
            period != nil, asOf != nil, yoyPct != nil, yoyRatio != nil, momPct != nil,
            captured != nil, portal != nil, sector != nil, scope != nil, outOf != nil,
            priceBasis != nil, source != nil, !pctOfPlan.isEmpty,
        ]
        return present.enumerated().reduce(0) { mask, bit in bit.element ? mask | 1 << UInt64(bit.offset) : mask }
    }
}
