import Foundation
import PubstatAPI

/// `pubstatctl events --csv`: the lines of `GET /v1/events` (NDJSON) as CSV, with the same
/// conventions as the daemon's CSV answers (``CSVWriter``: RFC 4180, UTF-8 behind a byte-order
/// mark, `snake_case` columns, an absent value an empty field). One record per event; heartbeat
/// lines are no events and give none.
public enum EventLineCSV {
    /// The columns: the event's sequence, append time (UTC) and type with its version; the
    /// bulletin it is about and its file name (ingestions and rejections); the figure a person
    /// acted on and how many figures the event carries; who acted (uid, user) and why.
    public static let columns = [
        "sequence", "time", "type", "version", "bulletin", "file_name", "figure_id", "figures", "uid", "user", "reason",
    ]

    /// The byte-order mark and the header record.
    public static var header: [UInt8] { CSVWriter.byteOrderMark + Array(CSVWriter.record(columns).utf8) }

    /// The CSV record (ended by CRLF) of one NDJSON line; nil when the line is no event.
    public static func record(_ line: some StringProtocol) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let event = object["event"] as? [String: Any], let sequence = object["sequence"] as? Int else { return nil }
        let data = event["data"] as? [String: Any] ?? [:]
        let bulletin = data["bulletin"] as? [String: Any]
        let figures = (data["figures"] as? [Any]).map { String($0.count) } ?? ""
        let table = CSVTable(columns: columns)
        return CSVWriter.record(table.row([
            "sequence": String(sequence), "time": object["time"] as? String ?? "", "type": event["type"] as? String ?? "",
            "version": (event["v"] as? Int).map(String.init) ?? "",
            "bulletin": (bulletin?["id"] ?? data["id"] ?? data["bulletinId"]) as? String ?? "",
            "file_name": (bulletin?["fileName"] ?? data["fileName"]) as? String ?? "",
            "figure_id": data["figureId"] as? String ?? "", "figures": figures,
            "uid": (data["uid"] as? Int).map(String.init) ?? "", "user": data["user"] as? String ?? "",
            "reason": data["reason"] as? String ?? "",
        ]))
    }
}
