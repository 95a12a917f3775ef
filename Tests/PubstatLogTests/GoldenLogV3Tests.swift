import Glibc
@testable import PubstatLog
import PubstatModel
import PubstatPosix
import Testing

/// The committed golden log `Events/fixtures/golden-v3/`: the v2 golden events, then people's
/// acts — a `figure.corrected` and a `figure.confirmed` in one group commit, a
/// `bulletin.retracted` in the next. The test reads the committed bytes; it never regenerates them.
@Suite("Golden log v3")
struct GoldenLogV3Tests {
    static let fixture = GoldenLogTests.fixture.replacingOccurrences(of: "golden-v1", with: "golden-v3")

    static let headHash = "e8760353ae8a47b93e2f94813912bcc88d7dfc57365d9fc27011a3aaa22365b2"

    static let editor = Requester(uid: 1000, user: "biên tập")
    /// The figure of the v2 log's last bulletin; its id is derived from the bulletin and what it observes.
    static let figure = GoldenLogV2Tests.withContext.figures[0]
    static let figureID = FigureID.assign(bulletin: GoldenEvents.id("7"), figures: [figure])[0]
    /// The id as written in the fixture: a change to how ids are derived breaks every stored correction.
    static let writtenFigureID = "777777777777-2e3b2ed58823362b"

    static let corrected: FigureCorrected = {
        var fields = FigureAmendment()
        fields.period = Period(.firstMonths(year: 2024, months: 6))
        var result = figure
        result.value = 821.4
        result.period = fields.period
        return FigureCorrected(bulletinID: GoldenEvents.id("7"), figureID: figureID, value: 821.4, fields: fields, figure: result,
                               reason: "the bulletin's table says 821,4", peer: editor)
    }()

    static let all: [[Event]] = GoldenLogV2Tests.all + [
        [.figureCorrected(corrected),
         .figureConfirmed(FigureConfirmed(bulletinID: GoldenEvents.id("7"), figureID: figureID, note: nil, peer: Requester(uid: 0, user: "root")))],
        [.bulletinRetracted(BulletinRetracted(id: GoldenEvents.id("4"), reason: "a draft published by mistake", peer: editor))],
    ]

    @Test func theFigureIDIsDerivedAsWhenTheLogWasWritten() {
        #expect(Self.figureID.rawValue == Self.writtenFigureID)
    }

    @Test func replaysToTheKnownEvents() async throws {
        try await withTemporaryDirectory { dir in
            let log = try openCopy(ofGoldenLog: Self.fixture, in: dir)
            defer { log.close() }
            #expect(log.recovery == nil)
            #expect(log.head.headHash == Self.headHash)
            let logged = try log.all()
            #expect(logged.map(\.sequence) == Array(1...11))
            #expect(logged.map(\.event) == Self.all.flatMap { $0 })
            guard case .figureCorrected(let correction) = logged[8].event, case .bulletinRetracted(let retraction) = logged[10].event else {
                Issue.record("records 9 and 11 are not figure.corrected and bulletin.retracted")
                return
            }
            #expect(correction.value == 821.4)
            #expect(correction.fields?.period?.description == "2024-6M")
            #expect(correction.peer == Self.editor)
            #expect(retraction.reason == "a draft published by mistake")
            var payloads: [String] = []
            try log.replayRecords { payloads.append(String(decoding: $0.payload, as: UTF8.self)) }
            #expect(payloads[8].contains(#""fields":{"period":"2024-6M"},"figure":{"#))
            #expect(payloads[8].contains(#""figureId":"\#(Self.writtenFigureID)","reason":"#))
            #expect(payloads[9].hasSuffix(#""uid":0,"user":"root"},"type":"figure.confirmed","v":1}"#))
            #expect(payloads[10].contains(#""uid":1000,"user":"biên tập"},"type":"bulletin.retracted","v":1"#))
        }
    }

    /// Writes the v3 golden log into `$PUBSTAT_WRITE_GOLDEN_V3` (an empty directory). Only runs
    /// when that variable is set; the committed fixture is never rewritten by the test run.
    @Test(.enabled(if: getenv("PUBSTAT_WRITE_GOLDEN_V3") != nil))
    func writeGoldenLog() async throws {
        let directory = String(cString: getenv("PUBSTAT_WRITE_GOLDEN_V3"))
        let clock = GoldenClock()
        let log = try EventLog.open(directory: directory, options: .init(segmentSize: 2048, clock: { clock.next() }))
        for batch in Self.all { _ = try await log.append(batch) }
        print("golden v3 head hash: \(log.head.headHash), \(log.head.segmentCount) segments, figure id \(FigureID.assign(bulletin: GoldenEvents.id("7"), figures: [Self.figure])[0])")
        log.close()
        try Posix.unlink("\(directory)/LOCK")
    }
}
