extension JSONReader {
    /// Reads an object, calling `body` once per member to read its value (or `skipValue()`).
    /// Mismatches thrown by `body` get the key added to their path.
    @inline(__always)
    mutating func readObject(_ body: (inout JSONReader, JSONKey) throws -> Void) throws {
        try beginObject()
        while let key = try nextKey() {
            do {
                try body(&self, key)
            } catch var error as JSONError {
                error.path.insert("." + key.text, at: 0)
                throw error
            }
        }
    }

    /// Reads an array, calling `body` once per element with its index.
    @inline(__always)
    mutating func readArray(_ body: (inout JSONReader, Int) throws -> Void) throws {
        try beginArray()
        var index = 0
        while try nextElement() {
            do {
                try body(&self, index)
            } catch var error as JSONError {
                error.path.insert("[\(index)]", at: 0)
                throw error
            }
            index += 1
        }
    }

    /// Reads an array of values read by `element`.
    mutating func readArray<T>(of element: (inout JSONReader) throws -> T) throws -> [T] {
        var values = [T]()
        try readArray { reader, _ in values.append(try element(&reader)) }
        return values
    }

    /// nil for `null`, else the value read by `read`: how optional fields are decoded.
    @inline(__always)
    mutating func readOptional<T>(_ read: (inout JSONReader) throws -> T) throws -> T? {
        try readNull() ? nil : try read(&self)
    }

    /// A string converted by `parse`; a mismatch naming `what` when it returns nil.
    mutating func readString<T>(as what: String, _ parse: (String) -> T?) throws -> T {
        let start = position
        let text = try readString()
        guard let value = parse(text) else { throw mismatch("not \(what): \"\(text)\"", at: start) }
        return value
    }

    /// A string that must be one of `T`'s raw values.
    mutating func readRawValue<T: RawRepresentable<String>>(_: T.Type) throws -> T {
        try readString(as: "a valid \(T.self)") { T(rawValue: $0) }
    }

    /// A mismatch for a required key that was absent or null.
    func missing(_ key: String, in what: String, at start: Int) -> JSONError {
        mismatch("\(what) has no \"\(key)\"", at: start)
    }
}
