import Foundation
@testable import PubstatIngest
import PubstatModel
@testable import PubstatProjections
import Testing

@Suite struct PackedRecordFileTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-spill-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func id(_ n: Int) -> BulletinID { BulletinID(hex: String(repeating: String(n % 10), count: 64))! }

    /// Bulletins with figures and mentions, a revision, a correction and a retraction.
    private func events() -> [LoggedEvent] {
        var out: [LoggedEvent] = []
        func add(_ event: Event) {
            out.append(LoggedEvent(sequence: UInt64(out.count + 1), timestampMicros: Int64(out.count + 1), event: event))
        }
        func figure(_ value: Double, _ n: Int) -> Figure {
            var figure = Figure(indicator: .budgetRevenueOnTerritory, value: value, unit: .billionVND, period: Period("2024-9M"),
                                jurisdiction: Jurisdiction(.province, "Sơn La"), quote: "thu ngân sách đạt \(value) tỷ đồng (\(n))")
            figure.asOf = CalendarDate(year: 2024, month: 9, day: n)
            return figure
        }
        let mention = UnclassifiedMention(value: 1_200_000, unit: .arrivals, text: "1,2 triệu lượt", period: Period("2024"),
                                          quote: "lượng du khách ghé thăm đạt 1,2 triệu lượt", source: SourceSpan(start: 41, end: 90))
        for n in 1...5 {
            let info = BulletinInfo(id: id(n), fileName: "b\(n).txt", byteCount: 100 + n, published: CalendarDate(year: 2024, month: 10, day: n),
                                    subject: Jurisdiction(.province, "Sơn La"), title: "Bản tin \(n)", extractorVersion: "1.0.0")
            add(.bulletinIngested(BulletinIngested(bulletin: info, figures: [figure(Double(1000 + n), n), figure(Double(2000 + n), n)],
                                                   unclassified: Array(repeating: mention, count: n))))
        }
        add(.figuresRevised(FiguresRevised(id: id(2), extractorVersion: "1.1.0", figures: [figure(2222, 9)], unclassified: [mention])))
        let corrected = FigureID.assign(bulletin: id(3), figures: [figure(1003, 3)])[0]
        let root = Requester(uid: 0, user: "root")
        add(.figureCorrected(FigureCorrected(bulletinID: id(3), figureID: corrected, value: 1300, fields: nil,
                                             figure: figure(1300, 3), reason: "typo", peer: root)))
        add(.bulletinRetracted(BulletinRetracted(id: id(4), reason: "draft", peer: root)))
        return out
    }

    @Test func recordsReadBackAsWritten() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = try PackedRecordFile(directory: directory)
        let first: [UInt8] = Array("nguồn thu khác đạt 1.100 tỷ đồng".utf8)
        let second = [UInt8](repeating: 7, count: 100_000)
        let a = try #require(file.keep(first))
        let b = try #require(file.keep(second))
        #expect(a == 0 && b == Int64(first.count))
        #expect(file.size == Int64(first.count + second.count))
        #expect(file.bytes(at: b, count: second.count) == second)
        #expect(file.bytes(at: a, count: first.count) == first)
    }

    /// Records are gathered and written a block at a time; each reads back the same whether it
    /// is still gathered, written with its block, or written by an explicit flush.
    @Test func recordsAreWrittenInBlocksAndReadBackFromEither() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = try PackedRecordFile(directory: directory, blockSize: 1000)
        var kept: [(offset: Int64, bytes: [UInt8])] = []
        for n in 0..<40 {
            let bytes = (0..<(37 * n % 300 + 1)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ n) }
            kept.append((try #require(file.keep(bytes)), bytes))
            if n == 3 { #expect(file.pendingCount > 0) }  // not written yet, read from memory
            for (offset, bytes) in kept { #expect(file.bytes(at: offset, count: bytes.count) == bytes) }
        }
        #expect(file.pendingCount < 1000)
        let big = [UInt8](repeating: 9, count: 5000)  // larger than a block: written at once
        let at = try #require(file.keep(big))
        #expect(file.pendingCount == 0)
        #expect(file.size == at + 5000)
        #expect(file.bytes(at: at, count: big.count) == big)
        _ = file.keep([1, 2, 3])
        file.flush()
        #expect(file.pendingCount == 0)
        for (offset, bytes) in kept { #expect(file.bytes(at: offset, count: bytes.count) == bytes) }
    }

    /// Records kept from several threads at once each read back whole.
    @Test func concurrentKeepsReadBack() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = try PackedRecordFile(directory: directory, blockSize: 4096)
        let kept = await withTaskGroup(of: [(Int64, [UInt8])].self) { group in
            for task in 0..<4 {
                group.addTask {
                    (0..<200).map { n in
                        let bytes = [UInt8](repeating: UInt8(task * 50 + n % 50), count: n % 97 + 1)
                        return (file.keep(bytes)!, bytes)
                    }
                }
            }
            var all: [(Int64, [UInt8])] = []
            for await part in group { all += part }
            return all
        }
        #expect(file.size == Int64(kept.reduce(0) { $0 + $1.1.count }))
        for (offset, bytes) in kept { #expect(file.bytes(at: offset, count: bytes.count) == bytes) }
    }

    /// The file has no name while open, and a name a crash left behind is emptied and removed:
    /// no later start can read what an earlier process wrote.
    @Test func fileIsUnlinkedAndStartsEmpty() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let leftover = directory + "/" + PackedRecordFile.name
        try Data(repeating: 1, count: 4096).write(to: URL(fileURLWithPath: leftover))
        let file = try PackedRecordFile(directory: directory)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        #expect(file.size == 0)
        #expect(file.keep([1, 2, 3]) == 0)
    }

    /// Projections whose packed records are in the file equal those that keep them in memory,
    /// answer the same, and restate the same snapshot; a "restart" (the file closed, a new one
    /// opened) rebuilds them from that snapshot or from the log's events alone.
    @Test func spilledProjectionsEqualInMemoryOnesAndSurviveARestart() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var inMemory = Projections()
        var spilled = Projections()
        var file: PackedRecordFile? = try PackedRecordFile(directory: directory)
        for logged in events() {
            try inMemory.apply(logged)
            try spilled.apply(logged, spill: file)
        }
        #expect(try #require(file).size > 0)
        let entry = try #require(spilled.catalog.entries[id(1)])
        #expect(entry.figures.packed.isSpilled)
        #expect(try #require(spilled.unclassified.packed(of: id(5))).packed.isSpilled)
        #expect(spilled == inMemory)
        #expect(spilled.catalog.bulletins[id(2)] == inMemory.catalog.bulletins[id(2)])
        #expect(spilled.unclassified.report(UnclassifiedFilter()) == inMemory.unclassified.report(UnclassifiedFilter()))
        #expect(spilled.budget.report() == inMemory.budget.report())

        let snapshots = ProjectionSnapshotStore(directory: directory + "/snapshots")
        try FileManager.default.createDirectory(atPath: snapshots.directory, withIntermediateDirectories: true)
        try snapshots.save(spilled, chainHash: "ab")
        let fromMemory = ProjectionSnapshotStore(directory: directory + "/other")
        try FileManager.default.createDirectory(atPath: fromMemory.directory, withIntermediateDirectories: true)
        try fromMemory.save(inMemory, chainHash: "ab")
        #expect(try Data(contentsOf: URL(fileURLWithPath: snapshots.path)) == Data(contentsOf: URL(fileURLWithPath: fromMemory.path)))

        // restart: the old file is gone with its process; a new one is filled by the load
        spilled = Projections()
        file = nil
        let next = try PackedRecordFile(directory: directory)
        let reloading = ProjectionSnapshotStore(directory: snapshots.directory, spill: next)
        guard case .success(let snapshot) = reloading.load() else { Issue.record("snapshot did not load"); return }
        #expect(snapshot.projections == inMemory)
        #expect(try #require(snapshot.projections.catalog.entries[id(1)]).figures.packed.isSpilled)
        var replayed = Projections()
        for logged in events() { try replayed.apply(logged, spill: next) }
        #expect(replayed == inMemory)
        #expect(replayed.unclassified.report(UnclassifiedFilter()) == inMemory.unclassified.report(UnclassifiedFilter()))
    }
}
