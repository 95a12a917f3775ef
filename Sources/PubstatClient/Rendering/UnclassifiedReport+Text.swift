import PubstatModel
import PubstatProjections

extension UnclassifiedReport {
    /// One row per mention: bulletin, the number as written, its unit and period, and the clause.
    public func renderedText() -> String {
        guard !mentions.isEmpty else { return "No unclassified mentions.\n" }
        var table = TextTable([.init("BULLETIN"), .init("TEXT"), .init("UNIT"), .init("PERIOD"), .init("QUOTE")])
        for entry in mentions {
            let m = entry.mention
            table.append([
                entry.bulletin.short, m.text, m.unit.rawValue, m.period?.description ?? "-",
                BulletinList.clipped(m.quote.split(whereSeparator: \.isNewline).joined(separator: " "), to: 90),
            ])
        }
        var out = table.render()
        if total > mentions.count { out += "\(mentions.count) of \(total) shown; --limit N shows more\n" }
        return out
    }
}
