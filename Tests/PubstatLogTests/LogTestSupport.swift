import Glibc
@testable import PubstatLog
import PubstatModel
import PubstatPosix

/// Self-written sample events (invented figures; nothing copied from any corpus).
enum SampleEvents {
    static func id(_ n: Int) -> BulletinID {
        let digits = String(n, radix: 16)
        return BulletinID(hex: String(repeating: "0", count: 64 - digits.count) + digits)!
    }

    static func ingested(_ n: Int) -> Event {
        var revenue = Figure(
            indicator: .budgetRevenueOnTerritory, value: 1000 + Double(n) * 12.5, unit: .billionVND,
            period: Period(.firstMonths(year: 2024, months: 9)), jurisdiction: Jurisdiction(.province, "Sample Province"),
            quote: "Thu ngân sách trên địa bàn ước đạt \(1000 + n) tỷ đồng"
        )
        revenue.pctOfPlan = [PlanComparison(pct: 71.5, authority: .central)]
        revenue.yoyPct = 4.2
        revenue.source = SourceSpan(start: 120, end: 180)
        let arrivals = Figure(
            indicator: .touristArrivals, value: Double(50_000 + n), unit: .arrivals,
            period: Period(.month(YearMonth(year: 2024, month: 8)!)), jurisdiction: Jurisdiction(.city, "Example City"),
            quote: "Lượng khách du lịch đạt \(50_000 + n) lượt"
        )
        return .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(
                id: id(n), fileName: "bulletin-\(n).txt", byteCount: 4000 + n,
                published: CalendarDate(year: 2024, month: 9, day: 30), subject: Jurisdiction(.province, "Sample Province"),
                title: "Tình hình kinh tế - xã hội tháng \(n % 12 + 1)", extractorVersion: "test-1"
            ),
            figures: [revenue, arrivals]
        ))
    }

    static func rejected(_ n: Int) -> Event {
        .bulletinRejected(BulletinRejected(
            id: id(n), fileName: "scan-\(n).pdf", byteCount: 12_000, code: .binaryContent,
            reason: "the file is binary, not text"
        ))
    }

    static func revised(_ n: Int) -> Event {
        .figuresRevised(FiguresRevised(
            id: id(n), extractorVersion: "test-2",
            figures: [Figure(indicator: .touristArrivals, value: 51_000, unit: .arrivals, jurisdiction: Jurisdiction(.city, "Example City"), quote: "51.000 lượt")]
        ))
    }

    static func mixed(_ count: Int, startingAt start: Int = 0) -> [Event] {
        (start ..< start + count).map { n in
            switch n % 5 {
            case 3: rejected(n)
            case 4: revised(n - 1)
            default: ingested(n)
            }
        }
    }
}

/// A fixed clock for reproducible logs: 2024-10-01T00:00:00Z plus one second per reading.
final class SteppingClock: @unchecked Sendable {
    private let lock = ConditionLock<Int64>(1_727_740_800_000_000)
    func next() -> Int64 { lock.withLock { now in now += 1_000_000; return now } }
}

extension EventLog {
    /// All events, replayed.
    func all() throws -> [LoggedEvent] {
        var events: [LoggedEvent] = []
        try replay { events.append($0) }
        return events
    }
}

/// Byte-level surgery on log files.
enum Surgery {
    static func segments(_ directory: String) throws -> [String] {
        try Posix.listDirectory(directory).filter { $0.hasSuffix(".seg") }.sorted().map { "\(directory)/\($0)" }
    }

    static func write(_ path: String, _ bytes: [UInt8]) throws {
        let fd = try Posix.open(path, .writeOnly, options: [.create, .truncate])
        defer { try? Posix.close(fd) }
        try Posix.writeAll(fd, bytes)
    }

    static func flipBit(_ path: String, byte: Int, bit: Int = 0) throws {
        var bytes = try Posix.readFile(path)
        bytes[byte] ^= UInt8(1 << bit)
        try write(path, bytes)
    }

    /// The offsets of the records of a segment (from an intact file).
    static func recordOffsets(_ path: String) throws -> [Int] {
        let bytes = try Posix.readFile(path)
        var offsets: [Int] = []
        var offset = LogFormat.segmentHeaderSize
        bytes.withUnsafeBytes { raw in
            while offset + 64 <= raw.count {
                offsets.append(offset)
                offset += 64 + Int(raw.loadLE(UInt32.self, at: offset))
            }
        }
        return offsets
    }
}

/// Appends `events` one call at a time (each its own group commit).
func appendOneByOne(_ log: EventLog, _ events: [Event]) async throws {
    for event in events { _ = try await log.append([event]) }
}

extension Surgery {
    /// Rewrites the CRC of the record at `offset` so that it matches the (altered) bytes.
    static func fixChecksum(_ bytes: inout [UInt8], recordAt offset: Int) {
        let length = bytes.withUnsafeBytes { Int($0.loadLE(UInt32.self, at: offset)) }
        let crc = bytes[offset + 8 ..< offset + 64 + length].withUnsafeBytes { CRC32C.checksum($0) }
        withUnsafeBytes(of: crc.littleEndian) { bytes.replaceSubrange(offset + 4 ..< offset + 8, with: $0) }
    }
}
