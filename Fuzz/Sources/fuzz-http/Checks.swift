import Foundation
import NIOHTTP1

/// One HTTP/1 response as read back from the bytes the server wrote.
struct ParsedResponse {
    var version: String
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    var chunked: Bool

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name }?.value }
}

/// Why the server's output is not what a client may rely on.
struct Broken: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reads `output` as consecutive responses to `methods` (in order; HEAD answers carry no body).
/// Every response must be complete and well-formed: a status line, `Name: value` headers, and a
/// body framed by `Content-Length` or chunked encoding (or, for the last one only, the close).
func parseResponses(_ output: [UInt8], methods: [HTTPMethod]) throws(Broken) -> [ParsedResponse] {
    var responses: [ParsedResponse] = []
    var at = 0
    func line() throws(Broken) -> String {
        var end = at
        while end + 1 < output.count, !(output[end] == 13 && output[end + 1] == 10) { end += 1 }
        guard end + 1 < output.count else { throw Broken("a response line does not end in CRLF") }
        defer { at = end + 2 }
        guard let text = String(validating: output[at..<end], as: UTF8.self) else { throw Broken("a response line is not UTF-8") }
        return text
    }
    while at < output.count {
        let statusLine = try line()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "HTTP/1.1" || parts[0] == "HTTP/1.0", parts[1].count == 3,
              let status = Int(parts[1]), (100...599).contains(status) else {
            throw Broken("malformed status line '\(statusLine)'")
        }
        var headers: [(name: String, value: String)] = []
        while true {
            let header = try line()
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: ":"), colon != header.startIndex,
                  !header[..<colon].contains(where: { $0 == " " || $0 == "\t" }) else {
                throw Broken("malformed header line '\(header)'")
            }
            headers.append((String(header[..<colon]), header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var response = ParsedResponse(version: String(parts[0]), status: status, headers: headers, body: [], chunked: false)
        if status < 200 { continue }  // informational: the final answer follows
        let method = responses.count < methods.count ? methods[responses.count] : .GET
        let lengths = headers.filter { $0.name.lowercased() == "content-length" }
        let encoding = response.header("transfer-encoding")?.lowercased()
        if lengths.count > 1 || (!lengths.isEmpty && encoding != nil) { throw Broken("ambiguous body framing in \(statusLine)") }
        if method == .HEAD || status == 204 || status == 304 {
            // no body, whatever the headers say
        } else if encoding == "chunked" {
            response.chunked = true
            while true {
                guard let size = Int(try line().split(separator: ";")[0], radix: 16), size >= 0 else { throw Broken("bad chunk size") }
                guard at + size + 2 <= output.count, output[at + size] == 13, output[at + size + 1] == 10 else {
                    throw Broken("a chunk is cut short")
                }
                response.body += output[at..<at + size]
                at += size + 2
                if size == 0 { break }
            }
        } else if let length = lengths.first {
            guard let count = Int(length.value), count >= 0, at + count <= output.count else {
                throw Broken("Content-Length \(length.value) does not fit the \(output.count - at) bytes written")
            }
            response.body = Array(output[at..<at + count])
            at += count
        } else if encoding != nil {
            throw Broken("unknown transfer-encoding \(encoding!)")
        } else {
            response.body = Array(output[at...])  // delimited by the close
            at = output.count
        }
        responses.append(response)
    }
    return responses
}

/// The API's promises for any bytes a client sends on one connection.
func check(_ exchange: Exchange) throws(Broken) {
    // Requests the client may expect answers to: up to and including the first that does not keep
    // the connection (its answer closes it), and not after the parser gave up.
    var expected = exchange.requests
    if let closing = expected.firstIndex(where: { !$0.keepAlive }) { expected = Array(expected[...closing]) }
    let complete = expected.prefix { $0.complete }.count
    let responses = try parseResponses(exchange.output, methods: expected.map(\.method))

    // Exactly one answer per complete request; a request cut short may be answered before its
    // body ends, and a parser error gets one 400 of its own when nothing is waiting before it.
    let extra = exchange.parserError == nil ? 0 : 1
    guard responses.count >= complete, responses.count <= expected.count + extra else {
        throw Broken("\(responses.count) responses to \(complete) complete requests (\(expected.count) begun, parser error: \(exchange.parserError ?? "none"))")
    }
    if exchange.parserError != nil, exchange.requests.isEmpty {
        guard responses.count == 1, responses[0].status == 400 else { throw Broken("a parser error got \(responses.map(\.status)) instead of one 400") }
    }
    if exchange.parserError != nil, exchange.openAtEnd { throw Broken("the connection stayed open after a parser error") }
    for (index, response) in responses.enumerated() {
        let request = index < expected.count ? expected[index] : nil
        if response.status >= 500 {
            throw Broken("a client's request got \(response.status): \(String(decoding: response.body, as: UTF8.self))")
        }
        if let request, request.version == .http1_0 {
            guard response.version == "HTTP/1.0", !response.chunked else {
                throw Broken("an HTTP/1.0 request got \(response.version)\(response.chunked ? ", chunked" : "")")
            }
        }
        if response.status >= 400, request?.method != .HEAD {
            try checkErrorBody(response)
        }
    }
}

/// A 4xx answer is JSON: `{"error": {"status": <its status>, "message": "…"}}`.
func checkErrorBody(_ response: ParsedResponse) throws(Broken) {
    let type = response.header("content-type") ?? ""
    guard type.lowercased().hasPrefix("application/json") else { throw Broken("a \(response.status) answer is \(type), not JSON") }
    guard let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
          let error = object["error"] as? [String: Any] else {
        throw Broken("a \(response.status) answer's body is not an error object: \(String(decoding: response.body, as: UTF8.self))")
    }
    guard (error["status"] as? Int) == response.status, let message = error["message"] as? String, !message.isEmpty else {
        throw Broken("a \(response.status) answer's error does not say its status and a message: \(String(decoding: response.body, as: UTF8.self))")
    }
}

/// `FUZZ_HTTP_SHOW=1 fuzz-http FILE…` prints each input's exchange (to see what a seed reaches).
private let showExchanges = getenv("FUZZ_HTTP_SHOW") != nil

/// The test function: any bytes as one connection's input; a broken promise is a crash, with the input kept.
func fuzzHTTP(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let harness = Harness.shared
    let result = Result { try harness.exchange(input) }
    switch result {
    case .failure(let error):
        fatalError("the in-memory connection failed: \(error)")
    case .success(let exchange):
        if showExchanges {
            print("-- requests: \(exchange.requests.map { "\($0.method) \($0.version)\($0.complete ? "" : " (cut short)")" })"
                + ", parser error: \(exchange.parserError ?? "none"), open at end: \(exchange.openAtEnd)")
            print(String(decoding: exchange.output.prefix(4_000), as: UTF8.self))
        }
        do {
            try check(exchange)
        } catch {
            let shown = String(decoding: exchange.output.prefix(2_000), as: UTF8.self)
            fatalError("\(error)\n-- parsed: \(exchange.requests)\n-- parser error: \(exchange.parserError ?? "none")\n-- output:\n\(shown)")
        }
    }
    return 0
}
