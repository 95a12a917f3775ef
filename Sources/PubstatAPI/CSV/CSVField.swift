import PubstatModel

/// How values are written in CSV fields: plainly, for spreadsheets and scripts. Numbers with a
/// dot, every digit the value has and no thousands separator (`127.54`, `350000`); dates ISO
/// 8601; jurisdictions `level:Name`; an absent value is an empty field.
public enum CSVField {
    /// `350000`, `2.324`, `-3.5`; empty for nil.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)  // the shortest decimal that reads back as `value`
    }

    /// A whole number; empty for nil.
    public static func integer<Number: BinaryInteger>(_ value: Number?) -> String {
        value.map { String($0) } ?? ""
    }

    /// `true` / `false`; empty for nil.
    public static func flag(_ value: Bool?) -> String {
        value.map { $0 ? "true" : "false" } ?? ""
    }

    /// The value's text form (`2021-Q3`, `2021-09-10`, `province:Lai Châu`, `billion_vnd`); empty for nil.
    public static func text<Value: CustomStringConvertible>(_ value: Value?) -> String {
        value.map(\.description) ?? ""
    }

    /// A raw-valued enumeration (`estimate`, `billion_vnd`); empty for nil.
    public static func code<Value: RawRepresentable>(_ value: Value?) -> String where Value.RawValue == String {
        value?.rawValue ?? ""
    }
}
