import PubstatModel

/// Resolves a place name as a person types it, for filters: any case, with or without tone
/// marks, bare or after its level word, or a common abbreviation.
///
/// ```swift
/// PlaceNames.jurisdiction(typed: "Lai Chau")   // province:Lai Châu
/// PlaceNames.jurisdiction(typed: "TP.HCM")     // city:Hồ Chí Minh
/// PlaceNames.jurisdiction(typed: "huyện Tam Đường")  // district:Tam Đường
/// ```
public enum PlaceNames {
    /// The jurisdiction `text` names in the gazetteer, or nil when it names none (a district name
    /// alone is not enough: several provinces have districts of the same name).
    public static func jurisdiction(typed text: String) -> Jurisdiction? {
        Gazetteer.shared.jurisdiction(forVariant: text)
    }
}
