import Foundation
import PubstatModel
@testable import PubstatExtraction

/// Runs the extractor over UTF-8 text.
func extract(_ text: String, fileName: String = "test.txt") throws -> ExtractedBulletin {
    try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: fileName)
}

/// Runs the extractor over UTF-8 text published at `sourceURL` (the address a sidecar gives).
func extract(_ text: String, sourceURL: String) throws -> ExtractedBulletin {
    try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "test.txt", context: DocumentContext(sourceURL: sourceURL))
}

/// The figures of one indicator.
func figures(_ result: ExtractedBulletin, _ name: String) -> [Figure] {
    result.figures.filter { $0.indicator.rawValue == name }
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
