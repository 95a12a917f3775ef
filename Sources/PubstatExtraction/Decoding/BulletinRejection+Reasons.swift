extension BulletinRejection {
    static func tooLarge(_ count: Int, limit: Int) -> BulletinRejection {
        BulletinRejection(
            code: "too_large",
            reason: "the file has \(count) bytes; bulletins larger than \(limit >> 20) MiB are not read (no real bulletin is that long)"
        )
    }

    static let empty = BulletinRejection(code: "empty", reason: "the file is empty")

    static let binary = BulletinRejection(
        code: "binary_content",
        reason: "the file contains NUL bytes or control characters: it is binary, not a text or HTML bulletin"
    )

    static let undecodable = BulletinRejection(
        code: "unknown_encoding",
        reason: "the bytes are neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1258 text"
    )

    static let noText = BulletinRejection(code: "no_text", reason: "the file holds no readable text")
}
