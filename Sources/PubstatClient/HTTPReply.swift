/// A complete HTTP response from pubstatd.
public struct HTTPReply: Sendable, Hashable {
    /// The HTTP status code, e.g. 200.
    public var status: Int
    public var contentType: String?
    public var body: [UInt8]
    /// Every header field by lowercased name (repeated fields joined with `, `), e.g. `allow`.
    public var headers: [String: String]

    public init(status: Int, contentType: String? = nil, body: [UInt8], headers: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    /// True for 2xx statuses.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }
}
