import Crypto
import PubstatModel

extension BulletinID {
    /// The id of a bulletin: the lowercase hex SHA-256 of its bytes as dropped.
    public static func of(_ bytes: [UInt8]) -> BulletinID {
        BulletinID(rawValue: SHA256.hash(data: bytes).map { hexDigits[Int($0)] }.joined())
    }
}

private let hexDigits: [String] = (0..<256).map { byte in
    let digits = Array("0123456789abcdef")
    return String([digits[byte >> 4], digits[byte & 15]])
}
