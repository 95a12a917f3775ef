import PubstatExtraction
import PubstatPosix

/// The folder of extra indicator files (`indicators.d`): every `*.json` in it, in name order,
/// merged into the built-in catalogue. Dot-files are ignored; a folder that does not exist
/// holds no files (the built-in catalogue alone).
public struct IndicatorFolder: Sendable {
    public let path: String

    /// The largest indicator file read; a catalogue file is a few kilobytes.
    static let maxBytes = 4 << 20

    public init(path: String) {
        self.path = path
    }

    /// The `*.json` files of the folder, by name; none when the folder does not exist.
    public func fileNames() throws(CatalogueError) -> [String] {
        do {
            return try Posix.listDirectory(path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        } catch let error as PosixError where error.isNotFound {
            return []
        } catch {
            throw .unreadable(path, reason: "\(error)")
        }
    }

    /// Reads and validates every file; throws the first problem, naming the file and the entry.
    public func load() throws(CatalogueError) -> IndicatorCatalogue {
        var files: [IndicatorCatalogue.ExtraFile] = []
        for name in try fileNames() {
            let file = path.hasSuffix("/") ? path + name : path + "/" + name
            do {
                files.append(IndicatorCatalogue.ExtraFile(path: file, bytes: try Posix.readFile(file, maxBytes: Self.maxBytes)))
            } catch {
                throw .unreadable(file, reason: "\(error)")
            }
        }
        return try IndicatorCatalogue(extraFiles: files)
    }
}
