import FuzzDriver
import PubstatExtraction
import PubstatModel

private let extractor = BulletinExtractor()

/// Extraction must answer every input with figures or a rejection, never a crash or a trap.
func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    if let result = try? extractor.extract(bytes: bytes, fileName: "fuzz.txt") {
        for figure in result.figures {
            // Every figure's quote must lie inside the decoded text it names.
            precondition(figure.source.map { $0.start <= $0.end } ?? true, "a source range runs backwards")
        }
    }
    return 0
}

runFuzzer { data, size in fuzzExtract(data, size) }
