import Foundation
@testable import PubstatIngest
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing

/// A snapshot written block by block is byte for byte the file the whole-in-memory writer made.
@Suite struct SnapshotStreamingTests {
    /// ~2.6 MB of restated events: three record blocks.
    static func projections() throws -> Projections {
        var projections = Projections()
        for n in 1...1_200 {
            var hex = String(n, radix: 16)
            hex = String(repeating: "0", count: 64 - hex.count) + hex
            let id = try #require(BulletinID(hex: hex))
            let quote = String(repeating: "thu ngân sách \(n) ", count: 100)
            let figure = Figure(indicator: .budgetRevenueOnTerritory, value: Double(n), unit: .billionVND, period: Period("2024-9M"),
                                jurisdiction: Jurisdiction(.province, n.isMultiple(of: 2) ? "Sơn La" : "Lai Châu"), quote: quote)
            let mention = UnclassifiedMention(value: Double(n), unit: .count, text: "\(n) xã", quote: quote,
                                              source: SourceSpan(start: n, end: n + 10))
            let info = BulletinInfo(id: id, fileName: "b\(n).txt", byteCount: 100 + n, published: nil,
                                    subject: nil, title: "Bản tin \(n)", extractorVersion: "1.0.\(n % 3)")
            try projections.apply(LoggedEvent(sequence: UInt64(n), timestampMicros: Int64(n), event: .bulletinIngested(
                BulletinIngested(bulletin: info, figures: [figure], unclassified: [mention]))))
        }
        return projections
    }

    @Test func streamedFileEqualsTheWholeInMemoryOne() throws {
        let projections = try Self.projections()
        var writer = SnapshotWriter()
        var blocks: [[UInt8]] = []
        let events = projections.snapshotEvents()
        for logged in events {
            SnapshotRecordCoding.write(logged, to: &writer)
            if writer.bytes.count >= SnapshotFile.blockSize { blocks.append(writer.takeBytes()) }
        }
        if !writer.bytes.isEmpty { blocks.append(writer.takeBytes()) }
        #expect(blocks.count >= 3)
        let header = SnapshotFile.Header(projectionVersion: Projections.version, lastSequence: projections.lastSequence,
                                         chainHash: "cd", records: events.count, recordBlocks: blocks.count)
        let expected = SnapshotFile.assemble(header: header, table: writer.table, recordBlocks: blocks)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-snapstream-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        try store.save(projections, chainHash: "cd")
        #expect(try Posix.readFile(store.path, maxBytes: Int.max) == expected)
        guard case .success(let snapshot) = store.load() else { Issue.record("snapshot did not load"); return }
        #expect(snapshot.projections == projections)
    }

    /// Events are restated in sequence order, one at a time, as the list says.
    @Test func restatedOneByOneAsListed() throws {
        let projections = try Self.projections()
        var streamed: [LoggedEvent] = []
        projections.forEachSnapshotEvent { streamed.append($0) }
        #expect(streamed == projections.snapshotEvents())
        #expect(streamed.map(\.sequence) == Array(1...1_200))
    }
}
