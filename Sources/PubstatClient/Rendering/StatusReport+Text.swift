import PubstatProjections

extension StatusReport {
    /// Aligned `name  value` lines.
    public func renderedText() -> String {
        var table = TextTable([.init(""), .init("")])
        table.append(["version", version])
        table.append(["log records", NumberText.count(Double(logRecords))])
        table.append(["last sequence", String(lastSequence)])
        table.append(["head hash", headHash])
        table.append(["log size", NumberText.count(Double(logBytes)) + " bytes"])
        table.append(["bulletins ingested", String(bulletinsIngested)])
        table.append(["bulletins rejected", String(bulletinsRejected)])
        table.append(["without figures", String(bulletinsWithoutFigures)])
        table.append(["duplicates dropped", String(duplicatesDropped)])
        table.append(["failed, not logged", String(rejectedUnlogged)])
        table.append(["inbox pending", String(inboxPending)])
        table.append(["recovery", recovery ?? "none needed"])
        return String(table.render().drop { $0 == "\n" })
    }
}
