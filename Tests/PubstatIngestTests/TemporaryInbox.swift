import Foundation
import PubstatIngest

extension InboxLayout {
    /// A fresh inbox, processed/, failed/ and state/ under a new folder of the temporary directory
    /// named `prefix-XXXXXXXX`; the tests remove `root` themselves.
    static func temporary(_ prefix: String) throws -> (root: String, layout: InboxLayout) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))").path
        let layout = InboxLayout(inbox: root + "/inbox", processed: root + "/processed", failed: root + "/failed", state: root + "/state")
        try layout.createFolders()
        return (root, layout)
    }
}
