import PubstatModel

extension BulletinRejection {
    static func tooLarge(_ count: Int, limit: Int) -> BulletinRejection {
        BulletinRejection(
            code: .tooLarge,
            reason: "the file has \(count) bytes; bulletins larger than \(limit >> 20) MiB are not read (no real bulletin is that long)"
        )
    }

    static let empty = BulletinRejection(code: .emptyFile, reason: "the file is empty")

    static let binary = BulletinRejection(
        code: .binaryContent,
        reason: "the file contains NUL bytes or control characters: it is binary, not a text or HTML bulletin"
    )

    static let undecodable = BulletinRejection(
        code: .unknownEncoding,
        reason: "the bytes are neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1258 text"
    )

    static let noText = BulletinRejection(code: .noText, reason: "the file holds no readable text")
}
