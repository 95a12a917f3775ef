extension Array {
    /// Appends the elements of `found`, if it has any. The binder appends every rule's result to its drafts and
    /// figures, once a sentence, and most rules find nothing in most sentences: the standard library's
    /// `append(contentsOf:)` costs about 120 instructions even for an empty array (it sets up the copy of a
    /// generic sequence and asks it for a first element), where the test of `isEmpty` costs two.
    @inline(__always)
    mutating func append(ifAny found: [Element]) {
        if !found.isEmpty { append(contentsOf: found) }
    }
}
