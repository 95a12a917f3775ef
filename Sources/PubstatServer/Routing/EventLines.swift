import Foundation
import NIOCore
import PubstatProjections

/// The lines of `GET /v1/events` (NDJSON, one JSON object and a newline each):
/// `{"event":{…},"sequence":N,"time":"2026-11-28T08:00:00.123456Z"}` for an event, its
/// payload verbatim in the log's coding, and `{"heartbeat":{"sequence":N,"time":"…"}}` from a
/// follower's stream when nothing was appended for a while (`sequence`: the head then).
enum EventLines {
    static let contentType = "application/x-ndjson; charset=utf-8"

    static func append(_ entry: FeedEntry, to buffer: inout ByteBuffer) {
        buffer.writeString(#"{"event":"#)
        buffer.writeBytes(entry.payload)
        buffer.writeString(#","sequence":\#(entry.sequence),"time":"\#(time(entry.timestampMicros))"}"#)
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    static func heartbeat(sequence: UInt64, now: Date = Date()) -> ByteBuffer {
        let micros = Int64((now.timeIntervalSince1970 * 1_000_000).rounded())
        return ByteBuffer(string: #"{"heartbeat":{"sequence":\#(sequence),"time":"\#(time(micros))"}}"# + "\n")
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ`, UTC, from microseconds since the epoch.
    static func time(_ micros: Int64) -> String {
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - seconds * 1_000_000
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let micro = String(fraction)
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))."
            + String(repeating: "0", count: 6 - micro.count) + micro + "Z"
    }
}
