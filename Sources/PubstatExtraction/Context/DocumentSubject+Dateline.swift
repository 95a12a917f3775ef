import PubstatModel

/// The dateline's place, as the subject of a text that names no other.
extension DocumentSubject {
    /// "Bắc Giang, 5/7/2023 – Tỷ lệ hộ nghèo của tỉnh giảm …": a province (or a centrally-run city) filed from in the
    /// dateline is what a text is about that names no place of its own and speaks of its level alone ("của tỉnh",
    /// "toàn thành phố"); a newsroom's dateline over a text about somewhere else names that place.
    static func datelineSubject(_ datelines: [PlaceMention], mentions: [PlaceMention], doc: Document,
                                in gazetteer: Gazetteer) -> Jurisdiction? {
        guard let dateline = datelines.first, let name = dateline.name,
              datelines.allSatisfy({ $0.name == name && $0.level == dateline.level }),
              !mentions.contains(where: { $0.name != nil && !$0.inParentheses }) else { return nil }
        let place = Jurisdiction(dateline.level, name)
        switch dateline.level {
        case .province: break
        case .city where gazetteer.places(place).contains(where: { $0.type == .centralCity }): break
        default: return nil
        }
        let speaksOfLevel = mentions.contains { m in
            m.level == dateline.level && m.name == nil && !m.inParentheses && !doc.isWord(m.tokens.upperBound, Lex.giao)
        }
        return speaksOfLevel ? place : nil
    }
}
