import FuzzDriver
import PubstatModel

/// The event reader must reject malformed JSON with an error, never crash; what it accepts must
/// encode and read back to the same event.
func fuzzEvent(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    guard let event = try? EventCoding.decode(bytes) else { return 0 }
    guard let encoded = try? EventCoding.encode(event) else { return 0 }
    let again = try? EventCoding.decode(encoded)
    precondition(again == event, "an accepted event does not survive encoding and reading back")
    return 0
}

runFuzzer { data, size in fuzzEvent(data, size) }
