/// A string compared and hashed by its UTF-8 bytes: `String`'s own `==` and hash treat
/// canonically equivalent spellings (NFC and NFD) as one, and normalise non-ASCII text to
/// find out, which both costs time and would let a packed record read back other bytes.
struct ExactText: Hashable {
    let text: String

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
