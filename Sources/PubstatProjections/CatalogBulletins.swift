import PubstatModel

/// The catalog's ingested bulletins as a read-only table of ``BulletinDetail``, each unpacked
/// when it is looked up (the catalog keeps ``CatalogEntry`` values, figures packed).
public struct CatalogBulletins: Sequence, Sendable {
    let entries: [BulletinID: CatalogEntry]

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: some Collection<BulletinID> { entries.keys }

    public subscript(id: BulletinID) -> BulletinDetail? { entries[id]?.detail }

    /// Every bulletin's detail, unpacked one by one as they are read.
    public var values: some Sequence<BulletinDetail> {
        entries.values.lazy.map(\.detail)
    }

    public func makeIterator() -> some IteratorProtocol<(key: BulletinID, value: BulletinDetail)> {
        entries.lazy.map { (key: $0.key, value: $0.value.detail) }.makeIterator()
    }
}
