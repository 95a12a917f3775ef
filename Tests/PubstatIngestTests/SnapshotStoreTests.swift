import Foundation
@testable import PubstatIngest
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

    @Test func missingForeignAndCutSnapshotsAreNotUsed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        guard case .failure(let missing) = store.load(), missing.code == .missing else { Issue.record("expected missing"); return }
        try Data("not a snapshot at all\n".utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .failure(let foreign) = store.load(), foreign.code == .damaged, foreign.isDamage else {
            Issue.record("expected damaged"); return
        }
        // Cut anywhere after the magic: the blocks no longer add up.
        try store.save(try live(), chainHash: "ab")
        let whole = try Data(contentsOf: URL(fileURLWithPath: store.path))
        for cut in [whole.count - 1, whole.count / 2, 13] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: store.path))
            guard case .failure(let why) = store.load() else { Issue.record("a snapshot cut at \(cut) bytes was used"); continue }
            #expect(why.code == .damaged && why.isDamage, "cut at \(cut): \(why)")
        }
    }

    @Test func anOldJSONSnapshotIsOfAnotherVersionNotDamage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        // The first line of a format-4 snapshot, as pubstatd wrote them before the binary format.
        let json = #"{"chainHash":"ab","format":4,"lastSequence":1,"projectionVersion":4,"records":0}"# + "\nsha256 00\n"
        try Data(json.utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .failure(let why) = store.load() else { Issue.record("a JSON snapshot was used"); return }
        #expect(why.code == .otherVersion && !why.isDamage)
        #expect(why.description.contains("JSON"))
    }

    @Test func oneChangedByteAnywhereFailsTheChecksum() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProjectionSnapshotStore(directory: folder)
        try store.save(try live(), chainHash: "ab")
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: store.path)))
        // Past the magic and format: the header, the string table and the records, every 7th byte.
        for offset in stride(from: 12, to: whole.count, by: 7) {
            var bytes = whole
            bytes[offset] ^= 0x04
            try Data(bytes).write(to: URL(fileURLWithPath: store.path))
            guard case .failure(let why) = store.load() else { Issue.record("a changed byte at \(offset) was served"); continue }
            #expect(why.code == .damaged && why.isDamage, "byte \(offset): \(why)")
        }
        var bytes = whole
        bytes[whole.count - 3] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: store.path))
        guard case .failure(let why) = store.load() else { Issue.record("a changed digit was served"); return }
        #expect(why.description.contains("checksum mismatch"))
        #expect(try store.setAside() == store.path + ".damaged")
        guard case .failure(let gone) = store.load(), gone.code == .missing else { Issue.record("not set aside"); return }
    }

    @Test func everyMemberOfEveryEventSurvivesTheBinaryFormat() throws {
        var figure = budget(12.5, seq: 4)
        figure.valueHigh = 13.5
        figure.per = "person/year"
        figure.qualifier = .approx
        figure.yoyPct = -3.25
        figure.yoyRatio = 1.5
        figure.momPct = 0.1
        figure.captured = YearMonth(year: 2024, month: 3)
        figure.portal = "laichau.gov.vn"
        figure.sector = "công nghiệp"
        figure.scope = "nhà nước"
        figure.outOf = 94
        figure.priceBasis = "2010"
        figure.source = SourceSpan(start: 10, end: 80, originalStart: 12, originalEnd: 90)
        figure.pctOfPlan = [PlanComparison(pct: 60, authority: .central), PlanComparison(pct: 55.5, authority: .provincialCouncil)]
        var periods = [Period("2024"), Period("2024-03"), Period("2024-Q3"), Period("2024-H1"), Period("2024-9M"), Period("2016/2020"),
                       Period("2024-02-08/2024-02-14"), Period("2025-target")].compactMap { $0 }
        #expect(periods.count == 8)
        let figures = periods.map { period -> Figure in
            var copy = figure
            copy.period = period
            return copy
        } + [Figure(indicator: Indicator("tourist_arrivals"), value: nil, unit: nil, jurisdiction: Jurisdiction(.commune, "Xã A"), quote: "")]
        periods.removeAll()
        var info = BulletinInfo(id: BulletinID(rawValue: "not-hex, logged by hand"), fileName: "b.txt", byteCount: 7, published: nil,
                                subject: nil, title: nil, extractorVersion: "2.0.0")
        info.publishedMonth = YearMonth(year: 2024, month: 2)
        let mention = UnclassifiedMention(value: 158, valueHigh: 160, unit: .count, text: "158 sản phẩm", period: Period("2024"),
                                          quote: "có 158 sản phẩm", source: SourceSpan(start: 1, end: 2), indicator: Indicator("x"))
        let context = DocumentContext(sourceURL: "https://laichau.gov.vn/a", publisher: "Cổng TTĐT", published: CalendarDate(year: 2024, month: 1, day: 2),
                                      jurisdiction: Jurisdiction(.province, "Lai Châu"))
        var amendment = FigureAmendment()
        amendment.indicator = Indicator("y")
        amendment.unit = .millionVND
        amendment.per = "person/month"
        amendment.kind = .plan
        amendment.period = Period("2024-H2")
        amendment.asOf = CalendarDate(year: 2024, month: 12, day: 31)
        amendment.jurisdiction = Jurisdiction(.district, "Tam Đường")
        amendment.valueHigh = 9
        amendment.sector = "s"
        amendment.scope = "c"
        amendment.priceBasis = "2020"
        let peer = Requester(uid: 1000, user: "alice")
        let fid = FigureID(rawValue: "0123456789ab-0123456789abcdef")
        let events: [Event] = [
            .bulletinIngested(BulletinIngested(bulletin: info, figures: figures, context: context, unclassified: [mention])),
            .bulletinIngested(BulletinIngested(bulletin: BulletinInfo(id: id(1), fileName: "", byteCount: 0, published: CalendarDate(year: 2024, month: 2, day: 29),
                                                                      subject: Jurisdiction(.country, "Việt Nam"), title: "T", extractorVersion: ""),
                                               figures: [])),
            .bulletinRejected(BulletinRejected(id: id(2), fileName: "x.bin", byteCount: -1, code: .tooManyFigures, reason: "r")),
            .figuresRevised(FiguresRevised(id: id(1), extractorVersion: "3", figures: figures, unclassified: [mention, mention])),
            .figuresRevised(FiguresRevised(id: id(1), extractorVersion: "3", figures: [])),
            .figureCorrected(FigureCorrected(bulletinID: id(1), figureID: fid, value: -0.0, fields: amendment, figure: figure, reason: "typo", peer: peer)),
            .figureCorrected(FigureCorrected(bulletinID: id(1), figureID: fid, value: nil, fields: nil, figure: figure, reason: "", peer: peer)),
            .figureConfirmed(FigureConfirmed(bulletinID: id(1), figureID: fid, note: "checked", peer: peer)),
            .figureConfirmed(FigureConfirmed(bulletinID: id(1), figureID: fid, note: nil, peer: Requester(uid: 0, user: "root"))),
            .bulletinRetracted(BulletinRetracted(id: id(1), reason: "draft", peer: peer)),
        ]
        var writer = SnapshotWriter()
        let logged = events.enumerated().map { LoggedEvent(sequence: UInt64($0.offset * 1000 + 1), timestampMicros: -Int64($0.offset), event: $0.element) }
        for event in logged { SnapshotRecordCoding.write(event, to: &writer) }
        let bytes = writer.bytes
        var read: [LoggedEvent] = []
        try bytes.withUnsafeBytes { raw in
            var reader = SnapshotReader(raw, table: writer.table)
            while !reader.isAtEnd { read.append(try SnapshotRecordCoding.read(from: &reader)) }
        }
        #expect(read == logged)
        // Every prefix of a record is refused, never read past its end.
        for cut in 0..<min(bytes.count, 400) {
            let prefix = Array(bytes[..<cut])
            prefix.withUnsafeBytes { raw in
                var reader = SnapshotReader(raw, table: writer.table)
                #expect(throws: SnapshotReader.Malformed.self) { _ = try SnapshotRecordCoding.read(from: &reader) }
            }
        }
    }

    private func live() throws -> Projections {
        var live = Projections()
        let info = BulletinInfo(id: id(1), fileName: "b1.txt", byteCount: 101, published: CalendarDate(year: 2024, month: 10, day: 1),
                                subject: Jurisdiction(.province, "Sơn La"), title: "Bản tin 1", extractorVersion: "1.0.0")
        try live.apply(LoggedEvent(sequence: 1, timestampMicros: 1, event: .bulletinIngested(
            BulletinIngested(bulletin: info, figures: [budget(1234.5, seq: 1)]))))
        try live.apply(LoggedEvent(sequence: 2, timestampMicros: 2, event: .bulletinRejected(
            BulletinRejected(id: id(2), fileName: "x.bin", byteCount: 3, code: .binaryContent, reason: "binary"))))
        return live
    }

    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-snap-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
