/// The name of a statistical indicator, such as `budget_revenue_on_territory`.
///
/// Indicator names come from the extraction catalogue (data, not code), so this is an open
/// string-backed type rather than a closed enum: adding an indicator needs no code change.
public struct Indicator: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: Indicator, rhs: Indicator) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Indicator {
    public static let budgetRevenueOnTerritory = Indicator("budget_revenue_on_territory")
    public static let touristArrivals = Indicator("tourist_arrivals")
    public static let tourismRevenue = Indicator("tourism_revenue")
    public static let portalVisitsToday = Indicator("portal_visits_today")
    public static let portalVisitsYesterday = Indicator("portal_visits_yesterday")
    public static let portalVisitsMonth = Indicator("portal_visits_month")
    public static let portalVisitsYear = Indicator("portal_visits_year")
    public static let portalVisitsTotal = Indicator("portal_visits_total")
}
