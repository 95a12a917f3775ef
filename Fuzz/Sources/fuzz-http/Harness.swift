import Dispatch
import Foundation
import Logging
import PubstatExtraction
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatProjections
import PubstatServer

#if canImport(Glibc)
import Glibc
#endif

/// A few bulletins invented for this target (not taken from any corpus): a province's budget
/// revenue, a district's, and a portal page with its visitor counter.
enum InventedBulletins {
    static let files: [(name: String, text: String)] = [
        ("ha-giang-thu-ngan-sach-2023.txt", """
        Sở Tài chính tỉnh Hà Giang
        Ngày đăng: 15/01/2024
        Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Hà Giang đạt 3.412 tỷ đồng, bằng 108% dự toán Trung ương giao, tăng 6,2% so với cùng kỳ năm trước.
        Tổng chi ngân sách địa phương năm 2023 đạt 14.870 tỷ đồng, bằng 96% dự toán.
        """),
        ("meo-vac-6-thang-2024.txt", """
        UBND huyện Mèo Vạc
        Ngày đăng: 05/07/2024
        Sáu tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn huyện Mèo Vạc ước đạt 41,5 tỷ đồng, bằng 55% dự toán năm.
        Tỷ lệ hộ nghèo của huyện giảm còn 21,3%.
        """),
        ("cong-thong-tin-ha-giang.txt", """
        Cổng thông tin điện tử tỉnh Hà Giang
        Ngày đăng: 02/03/2024
        Lượt truy cập: Hôm nay 2.051 | Hôm qua 3.118 | Tháng 61.402 | Năm 187.330 | Tổng 9.876.543
        """),
    ]
}

/// What every input is served by: pubstatd's API (``PubstatHTTPApplication``) over the read
/// model an ingest pipeline published after ingesting ``InventedBulletins``. Built once.
final class Harness: Sendable {
    static let shared = Harness()

    let application: PubstatHTTPApplication
    /// The peer every connection claims: this process's uid, so admin routes run (and read their bodies).
    let peer: Peer
    let pipeline: IngestPipeline
    /// Where each connection's serving task runs: on the fuzzing thread (see ``exchange(_:)``).
    let executor = InlineExecutor()

    private init() {
        // An embedded event loop used off the thread it was made on is a crash, not a logged line:
        // every input's connection must stay on the fuzzing thread (see ``exchange(_:)``).
        setenv("SWIFTNIO_STRICT", "1", 1)
        var template = Array("/tmp/pubstat-fuzz-http-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
        let root = String(cString: made)
        let layout = InboxLayout(inbox: root + "/inbox", processed: root + "/processed", failed: root + "/failed", state: root + "/state")
        var logger = Logger(label: "fuzz-http")
        logger.logLevel = .critical
        do {
            try layout.createFolders()
            for file in InventedBulletins.files {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: layout.inbox + "/" + file.name))
            }
            let log = try EventLog.open(directory: layout.logDirectory)
            pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: logger)
        } catch {
            fatalError("fuzz-http setup failed: \(error)")
        }
        let pipeline = self.pipeline
        let names = InventedBulletins.files.map(\.name)
        blockOn { _ = await pipeline.ingest(names) }
        let view = pipeline.readModel.current()
        if view.projections.catalog.bulletins.count != names.count { fatalError("the invented bulletins were not all ingested") }
        let uid = getuid()
        peer = Peer(uid: uid, gid: getgid(), pid: getpid(), userName: "fuzz")
        application = PubstatHTTPApplication(
            queries: ReadModelQueries(readModel: pipeline.readModel), admins: AdminPolicy(serviceUID: uid, serviceUserName: "fuzz"),
            limits: .lenient, logger: logger)
    }
}

/// Runs `work` on the concurrency pool and waits for it (libFuzzer calls the test function synchronously).
func blockOn<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
    let box = Box<Value>(), done = DispatchSemaphore(value: 0)
    Task {
        box.value = await work()
        done.signal()
    }
    done.wait()
    return box.value!
}

/// A value handed from a task to the thread waiting on the semaphore that the task signals after setting it.
private final class Box<Value>: @unchecked Sendable {
    var value: Value?
}
