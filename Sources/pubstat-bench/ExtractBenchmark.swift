import ArgumentParser
import Foundation
import Glibc
import PubstatExtraction

/// Extraction throughput: the shared seeds and dev excerpts repeated (or, without ../shared, a
/// generated bulletin-like text) run through the whole extractor, bytes to figures.
struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extraction throughput (MB/s).")

    @Option(help: "Directory holding the shared corpus (seeds/ and dev/).") var corpus = "../shared/corpus"
    @Option(help: "Megabytes of text in the one large run (at most the 32 MB bulletin limit).") var megabytes = 24
    @Option(help: "Repetitions; the best is reported.") var repeats = 3
    @Option(help: "Bulletin-sized files extracted one by one after the large run.") var files = 2000
    @Option(help: "Instead: extract every .txt file of this folder one by one (e.g. gen_corpus.py output), best of --repeats.")
    var folder: String?

    func run() throws {
        if let folder { return try runFolder(folder) }
        let samples = loadSamples()
        let source = samples.isEmpty ? "generated text" : "\(samples.count) corpus files from \(corpus)"
        // one large bulletin made of repeated samples: the per-file overhead is measured separately
        var text: [UInt8] = []
        let target = megabytes << 20
        var k = 0
        let pool = samples.isEmpty ? [Array(Self.generated.utf8)] : samples
        while text.count < target {
            text += pool[k % pool.count]
            text.append(0x0A)
            k += 1
        }
        let extractor = BulletinExtractor()
        _ = try extractor.extract(bytes: Array(Self.generated.utf8), fileName: "warm.txt")  // tables, catalogue
        var best = Double.infinity
        var bestCPU = Double.infinity
        var figures = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            let result = try extractor.extract(bytes: text, fileName: "bench.txt")
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            figures = result.figures.count
        }
        let mb = Double(text.count) / 1e6
        print("extract: \(source), \(String(format: "%.1f", mb)) MB as one text, \(figures) figures")
        print("extract: best of \(repeats): \(String(format: "%.3f", best)) s = \(String(format: "%.1f", mb / best)) MB/s (decoding included)")
        // on a shared machine the wall clock counts time the thread waited for a core; its CPU time does not
        print("extract: best of \(repeats), thread CPU time: \(String(format: "%.3f", bestCPU)) s = \(String(format: "%.1f", mb / bestCPU)) MB/s on one core")

        // many bulletin-sized files, as the daemon sees them
        guard files > 0 else { return }
        var bytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.threadCPUSeconds()
        for i in 0..<files {
            let sample = pool[i % pool.count]
            _ = try extractor.extract(bytes: sample, fileName: "f\(i).txt")
            bytes += sample.count
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("extract: \(files) files: \(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s, \(String(format: "%.0f", Double(files) / seconds)) files/s"
              + "; thread CPU \(String(format: "%.1f", Double(bytes) / 1e6 / cpu)) MB/s")
    }

    /// Every `.txt` file of `folder`, read into memory first, then extracted one by one.
    private func runFolder(_ folder: String) throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let samples = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
        guard !samples.isEmpty else { throw ValidationError("no .txt files in \(folder)") }
        let bytes = samples.reduce(0) { $0 + $1.count }
        let extractor = BulletinExtractor()
        _ = try extractor.extract(bytes: Array(Self.generated.utf8), fileName: "warm.txt")
        var best = Double.infinity
        var bestCPU = Double.infinity
        var figures = 0
        for _ in 0..<repeats {
            figures = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            for (k, sample) in samples.enumerated() {
                figures += (try? extractor.extract(bytes: sample, fileName: names[k]))?.figures.count ?? 0
            }
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let mb = Double(bytes) / 1e6
        print("extract: \(samples.count) files from \(folder), \(String(format: "%.1f", mb)) MB, \(figures) figures")
        print("extract: best of \(repeats): \(String(format: "%.1f", mb / best)) MB/s wall, \(String(format: "%.1f", mb / bestCPU)) MB/s thread CPU, "
              + "\(String(format: "%.0f", Double(samples.count) / bestCPU)) files/s")
    }

    /// CPU time of the calling thread.
    private static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func loadSamples() -> [[UInt8]] {
        var out: [[UInt8]] = []
        for folder in ["seeds", "dev"] {
            let dir = URL(fileURLWithPath: corpus).appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) { out.append(Self.article(of: [UInt8](data))) }
            }
        }
        return out
    }

    /// A page up to its related-news list ("Tin liên quan", "Tin mới nhất", …): the extractor reads no
    /// figure after one, so a text of pages repeated one after another would stop at the first page's.
    static func article(of page: [UInt8]) -> [UInt8] {
        let text = String(decoding: page, as: UTF8.self)
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let head = line.trimmingCharacters(in: .whitespaces).lowercased()
            if relatedNewsHeadings.contains(where: { head.hasPrefix($0) }) { break }
            kept.append(line)
        }
        return Array(kept.joined(separator: "\n").utf8)
    }

    private static let relatedNewsHeadings = ["tin liên quan", "tin khác", "các tin khác", "bài viết liên quan", "các bài viết khác",
                                              "tin cùng chuyên mục", "tin mới nhất", "tin đọc nhiều", "xem thêm", "đọc thêm"]

    static let generated = """
        Phiên họp thường kỳ tháng 6 của UBND tỉnh Cao Bằng (ngày đăng 30/06/2024 - 10:20)
        6 tháng đầu năm 2024, thu ngân sách trên địa bàn tỉnh ước đạt 1.250,6 tỷ đồng, bằng 56% dự toán Trung ương giao, \
        bằng 51% dự toán HĐND tỉnh giao, tăng 7,2% so với cùng kỳ năm trước; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ \
        đạt 5.430 tỷ đồng, tăng 11% so với cùng kỳ; toàn tỉnh đón 1,2 triệu lượt khách, doanh thu du lịch ước đạt 980 tỷ đồng.
        Đến nay, toàn tỉnh có 48/139 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm xuống còn 18,5%.
        """
}
