import PubstatModel

/// What the catalog keeps of one ingested bulletin: its summary, its current figures packed
/// (the buffer the series keeps too), and its document context. ``detail`` unpacks it into the
/// answer of `GET /v1/bulletins/{id}`.
struct CatalogEntry: Hashable, Sendable, Codable {
    var bulletin: BulletinSummary
    var figures: PackedFigures
    var context: DocumentContext?

    var detail: BulletinDetail {
        BulletinDetail(bulletin: bulletin, figures: figures.figures, context: context)
    }
}
