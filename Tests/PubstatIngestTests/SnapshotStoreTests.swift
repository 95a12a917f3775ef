import Foundation
import PubstatIngest
import PubstatModel
import PubstatProjections
import Testing

@Suite struct SnapshotStoreTests {
    private func id(_ n: Int) -> BulletinID { BulletinID(hex: String(repeating: String(n % 10), count: 64))! }

    private func budget(_ value: Double, seq: UInt64) -> Figure {
        var figure = Figure(indicator: .budgetRevenueOnTerritory, value: value, unit: .billionVND, period: Period("2024-9M"),
                            jurisdiction: Jurisdiction(.province, "Sơn La"), quote: "thu \(seq)")
        figure.asOf = CalendarDate(year: 2024, month: 9, day: Int(seq % 28) + 1)
        figure.pctOfPlan = [PlanComparison(pct: 60, authority: .central)]
        return figure
    }

    @Test func restoredProjectionsEqualTheLiveOnes() throws {
        var live = Projections()
        var seq: UInt64 = 0
        func fold(_ event: Event) throws {
            seq += 1
            try live.apply(LoggedEvent(sequence: seq, timestampMicros: Int64(seq), event: event))
        }
        for n in 1...6 {
            let info = BulletinInfo(id: id(n), fileName: "b\(n).txt", byteCount: 100 + n, published: CalendarDate(year: 2024, month: 10, day: n),
                                    subject: Jurisdiction(.province, "Sơn La"), title: "Bản tin \(n)", extractorVersion: "1.0.0")
            try fold(.bulletinIngested(BulletinIngested(bulletin: info, figures: [budget(Double(1000 + n), seq: UInt64(n))])))
        }
        try fold(.bulletinRejected(BulletinRejected(id: id(7), fileName: "x.bin", byteCount: 3, code: .binaryContent, reason: "binary")))
        try fold(.figuresRevised(FiguresRevised(id: id(2), extractorVersion: "1.1.0", figures: [budget(2222, seq: 99)])))
        try fold(.figuresRevised(FiguresRevised(id: id(2), extractorVersion: "1.2.0", figures: [])))
        // People's acts, and the append times, are restated too.
        let corrected = FigureID.assign(bulletin: id(3), figures: [budget(1003, seq: 3)])[0]
        let root = Requester(uid: 0, user: "root")
        try fold(.figureCorrected(FigureCorrected(bulletinID: id(3), figureID: corrected, value: 1300, fields: nil,
                                                  figure: budget(1300, seq: 3), reason: "typo", peer: root)))
        try fold(.figureConfirmed(FigureConfirmed(bulletinID: id(3), figureID: corrected, note: nil, peer: root)))
        try fold(.bulletinRetracted(BulletinRetracted(id: id(4), reason: "draft", peer: root)))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-snap-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        try store.save(live, chainHash: "ab")
        guard case .success(let snapshot) = store.load() else { Issue.record("snapshot did not load"); return }
        #expect(snapshot.lastSequence == 12)
        #expect(snapshot.chainHash == "ab")
        #expect(snapshot.projections == live)
        #expect(snapshot.projections.catalog.bulletins[id(1)]?.bulletin.ingestedAt == Timestamp(micros: 1))
        #expect(snapshot.projections.series.explain(corrected)?.figure.value == 1300)
        #expect(snapshot.projections.budget.report() == live.budget.report())
    }

    @Test func missingAndDamagedSnapshotsAreNotUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-snap-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        guard case .failure(let missing) = store.load(), missing.code == .missing else { Issue.record("expected missing"); return }
        try Data("{\"format\":3}\n".utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .failure(let damaged) = store.load(), damaged.code == .damaged, damaged.isDamage else {
            Issue.record("expected damaged"); return
        }
    }

    @Test func oneChangedDigitFailsTheChecksum() throws {
        var live = Projections()
        let info = BulletinInfo(id: id(1), fileName: "b1.txt", byteCount: 101, published: CalendarDate(year: 2024, month: 10, day: 1),
                                subject: Jurisdiction(.province, "Sơn La"), title: "Bản tin 1", extractorVersion: "1.0.0")
        try live.apply(LoggedEvent(sequence: 1, timestampMicros: 1, event: .bulletinIngested(
            BulletinIngested(bulletin: info, figures: [budget(1234.5, seq: 1)]))))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-snap-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        try store.save(live, chainHash: "ab")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\nsha256 "))
        let digit = try #require(bytes.firstRange(of: Data("1234.5".utf8))).lowerBound
        bytes[digit + 1] = UInt8(ascii: "9")  // 1934.5: still a well-formed snapshot
        try bytes.write(to: URL(fileURLWithPath: store.path))
        guard case .failure(let why) = store.load() else { Issue.record("a changed digit was served"); return }
        #expect(why.code == .damaged && why.isDamage)
        #expect(why.description.contains("checksum mismatch"))
        #expect(try store.setAside() == store.path + ".damaged")
        guard case .failure(let gone) = store.load(), gone.code == .missing else { Issue.record("not set aside"); return }
    }
}
