import Logging
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections

/// What became of the bulletins of records that start-up recovery could not keep.
///
/// A lost record may have been acknowledged (its file already in `processed/`), so it is never
/// dropped silently: its bulletin is named from what remains of its payload, and if that
/// bulletin is not in the log but its raw copy is kept under `state/bulletins/` (and still
/// hashes to its id), the copy is dropped into the inbox under the file's name to be ingested
/// again. Otherwise the journal and `/v1/status` say which bulletin (or record) was lost and
/// what to do.
enum LostRecords {
    /// One line per lost record, each also logged as a warning.
    static func handle(_ report: RecoveryReport, projections: Projections, layout: InboxLayout, logger: Logger) -> [String] {
        let store = RawBulletinStore(directory: layout.bulletinStore)
        return report.lost.map { lost in
            let line = outcome(of: lost, projections: projections, layout: layout, store: store)
            logger.warning("log recovery: \(line)", metadata: ["event.seq": "\(lost.sequence)"])
            return line
        }
    }

    private static func outcome(of lost: RecoveryReport.LostRecord, projections: Projections, layout: InboxLayout, store: RawBulletinStore) -> String {
        let record = "record \(lost.sequence)"
        let payload = lost.damagedPayload
        if let act = lostAct(payload) { return "\(record), \(act), is lost; a person must make it again" }
        guard let id = value(after: #""id":""#, in: payload).flatMap({ BulletinID(hex: $0) }) else {
            return "\(record) is lost and its bulletin cannot be identified (the damage hit it); compare processed/ with "
                + "`pubstatctl bulletins` and drop any file missing from the log into the inbox again"
        }
        let name = value(after: #""fileName":""#, in: payload).flatMap { isUsableName($0) ? $0 : nil }
        let named = name.map { "\(id.rawValue) (\($0))" } ?? id.rawValue
        if contains(#""type":"figures.revised""#, in: payload) {
            return "\(record), a revision of bulletin \(named), is lost; run `pubstatctl reextract` to revise it again"
        }
        if projections.catalog.intake(of: id) != nil {
            return "\(record) about bulletin \(named) is lost, but the bulletin is still in the log"
        }
        if let name, (try? Posix.statIfExists("\(layout.inbox)/\(name)")) ?? nil != nil {
            return "\(record) about bulletin \(named) is lost; its file is still in the inbox and is ingested again from there"
        }
        guard let bytes = try? store.load(id), BulletinID.of(bytes) == id else {
            return "\(record) about bulletin \(named) is lost and no intact raw copy is kept; find "
                + "\(name ?? "the file") in processed/ or failed/ and drop it into the inbox again"
        }
        let inboxName = name ?? "recovered-\(id.rawValue.prefix(12)).txt"
        do {
            try Posix.writeFileAtomically("\(layout.inbox)/\(inboxName)", bytes, mode: 0o640)
        } catch {
            return "\(record) about bulletin \(named) is lost and its raw copy could not be dropped into the inbox (\(error)); "
                + "copy \(store.path(of: id)) into the inbox as \(inboxName)"
        }
        return "\(record) about bulletin \(named) is lost; it is re-ingested from its raw copy \(store.path(of: id)) "
            + "(dropped into the inbox as \(inboxName); without its sidecar's context, if it had one)"
    }

    /// A person's act (`figure.corrected`, `figure.confirmed`, `bulletin.retracted`) as the damaged
    /// payload still names it, with the pubstatctl command that makes it again; nil for other events.
    private static func lostAct(_ payload: [UInt8]) -> String? {
        let user = value(after: #""user":""#, in: payload).map { " by \($0)" } ?? ""
        if let figure = value(after: #""figureId":""#, in: payload) {
            let confirmed = contains(#""type":"figure.confirmed""#, in: payload)
            return confirmed ? "a confirmation of figure \(figure)\(user) (`pubstatctl confirm \(figure)`)"
                : "a correction of figure \(figure)\(user) (`pubstatctl explain \(figure)`, then `pubstatctl correct \(figure)`)"
        }
        guard contains(#""type":"bulletin.retracted""#, in: payload) || (contains(#""uid":"#, in: payload) && !contains(#""fileName""#, in: payload)) else {
            return nil
        }
        let bulletin = value(after: #""id":""#, in: payload) ?? "(unknown)"
        return "a retraction of bulletin \(bulletin)\(user) (`pubstatctl retract \(bulletin.prefix(12)) --reason …`)"
    }

    /// The JSON string value after `key` in possibly damaged bytes (no escapes), or nil.
    private static func value(after key: String, in bytes: [UInt8]) -> String? {
        let pattern = Array(key.utf8)
        guard let start = range(of: pattern, in: bytes)?.upperBound,
              let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")),
              !bytes[start..<end].contains(UInt8(ascii: "\\")) else { return nil }
        return String(validating: bytes[start..<end], as: UTF8.self)
    }

    private static func contains(_ text: String, in bytes: [UInt8]) -> Bool {
        range(of: Array(text.utf8), in: bytes) != nil
    }

    private static func range(of pattern: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return start..<(start + pattern.count) }
        }
        return nil
    }

    private static func isUsableName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && name.utf8.count <= 200
            && !name.hasSuffix(".tmp") && !name.hasSuffix(".part")
    }
}
