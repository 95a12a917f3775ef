import Foundation
import Testing

/// `pubstatctl extract --json` on the hand-labelled shared corpora, scored by the shared
/// scorer: F1 must stay at or above 0.95, core and full.
@Suite struct ExtractionScoreTests {
    static let corpora: [(folder: String, gold: String)] = [("seeds", "seeds-gold.json"), ("dev", "dev/gold.json")]

    @Test(.enabled(if: SharedCorpus.seeds != nil, Comment(rawValue: SharedCorpus.missingMessage)), arguments: corpora.map(\.folder))
    func scoresAtLeastPointNineFive(corpus: String) throws {
        let gold = try #require(Self.corpora.first { $0.folder == corpus }?.gold)
        let folder = SharedCorpus.root.appendingPathComponent(corpus)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let extracted = try runTool("pubstatctl", ["extract", "--json"] + files.map { folder.appendingPathComponent($0).path })
        #expect(extracted.status == 0)
        let predicted = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-\(corpus)-\(UUID().uuidString.prefix(8)).json")
        try Data(extracted.output.utf8).write(to: predicted)
        defer { try? FileManager.default.removeItem(at: predicted) }

        let scorer = SharedCorpus.root.deletingLastPathComponent().appendingPathComponent("tools/score.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, SharedCorpus.root.appendingPathComponent(gold).path, predicted.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "scorer output: \(String(decoding: data, as: UTF8.self))")
        for mode in ["core", "full"] {
            let f1 = try #require((report[mode] as? [String: Any])?["f1"] as? Double, "no \(mode) F1 in \(report)")
            #expect(f1 >= 0.95, "\(corpus) \(mode) F1 \(f1)")
        }
    }
}
