import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif
import PubstatLog

private let directory: String = {
    var template = Array("/tmp/pubstat-fuzz-log-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    return String(cString: made)
}()

/// Any bytes as the log's first segment: verification reports damage, opening recovers what
/// checks out, replay reads it; none of them may crash.
func fuzzLog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = directory + "/00000000000000000001.seg"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return 0 }
    _ = write(fd, data, size)
    close(fd)
    _ = try? LogVerifier.verify(directory: directory)
    if let log = try? EventLog.open(directory: directory) {
        try? log.replay { _ in }
        log.close()
    }
    // Recovery may add or cut files; start each input from the segment alone.
    if let dir = opendir(directory) {
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { unlink(directory + "/" + name) }
        }
        closedir(dir)
    }
    return 0
}

runFuzzer { data, size in fuzzLog(data, size) }
