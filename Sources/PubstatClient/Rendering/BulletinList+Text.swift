import PubstatModel
import PubstatProjections

extension BulletinList {
    /// One row per bulletin, with the short id `pubstatctl bulletin` accepts.
    public func renderedText() -> String {
        guard !bulletins.isEmpty else { return "No bulletins ingested yet.\n" }
        var table = TextTable([
            .init("ID"), .init("PUBLISHED"), .init("SUBJECT"), .init("FIGURES", .right), .init("SEQ", .right),
            .init("INGESTED"), .init("FILE"), .init("TITLE"),
        ])
        for bulletin in bulletins {
            table.append([
                bulletin.id.short, bulletin.published?.description ?? bulletin.publishedMonth?.description ?? "-", bulletin.subject?.description ?? "-",
                String(bulletin.figureCount), String(bulletin.sequence), bulletin.ingestedAt.map { String($0.description.prefix(19)) + "Z" } ?? "-",
                bulletin.fileName + (bulletin.retracted == nil ? "" : " (retracted)"), Self.clipped(bulletin.title ?? "", to: 60),
            ])
        }
        return table.render()
    }

    /// `text` cut to `limit` characters, ending in `…` when cut.
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
