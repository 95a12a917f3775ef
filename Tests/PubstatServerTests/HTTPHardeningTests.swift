import Foundation
import PubstatServer
import Testing

/// Issue 10 defect 11: parser errors as JSON, HTTP/1.0 connections closed after the answer,
/// badly encoded query values refused. Raw bytes on the real socket.
@Suite struct HTTPHardeningTests {
    let directory: TemporaryDirectory
    let socket: String

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
    }

    @Test(arguments: [
        "NOT AN HTTP REQUEST\r\n\r\n",
        "GET /v1/health HTTP/1.1\r\nHost: x\r\nA header without a colon\r\n\r\n",
        "GET /v1/health HTTP/9\r\n\r\n",
    ])
    func aMalformedRequestGetsAJSONErrorAndTheConnectionCloses(request: String) async throws {
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send(request)
            return try await connection.read(within: .seconds(10))
        }
        #expect(reply.text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(reply.text)")
        #expect(reply.text.lowercased().contains("content-type: application/json"), "\(reply.text)")
        #expect(reply.text.lowercased().contains("connection: close"), "\(reply.text)")
        #expect(reply.text.contains(#""status" : 400"#) && reply.text.contains("malformed HTTP request"), "\(reply.text)")
        #expect(reply.closed)
    }

    @Test func anHTTP10RequestIsAnsweredInHTTP10AndTheConnectionClosed() async throws {
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/health HTTP/1.0\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        #expect(reply.text.hasPrefix("HTTP/1.0 200 OK\r\n"), "\(reply.text)")
        #expect(reply.text.lowercased().contains("connection: close"), "\(reply.text)")
        #expect(reply.text.contains(#""status" : "ok""#), "\(reply.text)")
        #expect(reply.closed, "the connection must close after an HTTP/1.0 answer")
    }

    @Test func anHTTP11RequestWithConnectionCloseIsClosedToo() async throws {
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        #expect(reply.text.hasPrefix("HTTP/1.1 200 OK\r\n"), "\(reply.text)")
        #expect(reply.text.lowercased().contains("connection: close"), "\(reply.text)")
        #expect(reply.closed)
    }

    @Test func anHTTP10RequestAskingForKeepAliveKeepsTheConnection() async throws {
        let (first, second) = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            // the whole answer (its body ends with the version), however busy the machine
            let first = try await connection.read(until: "\"version\"", within: .seconds(10))
            let open = try await connection.read(within: .milliseconds(200))
            try connection.send("GET /v1/status HTTP/1.0\r\n\r\n")
            return ((first, open.closed), try await connection.read(within: .seconds(10)))
        }
        #expect(first.0.hasPrefix("HTTP/1.0 200 OK\r\n") && !first.1, "\(first.0)")
        #expect(first.0.lowercased().contains("connection: keep-alive"), "\(first.0)")
        #expect(second.text.hasPrefix("HTTP/1.0 200 OK\r\n") && second.text.contains("log_records"), "\(second.text)")
        #expect(second.closed)
    }

    @Test func anHTTP11ConnectionStaysOpenForTheNextRequest() async throws {
        let text = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            return try await connection.read(until: "HTTP/1.1 200 OK", times: 2, within: .seconds(10))
        }
        #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 3, "\(text)")
        #expect(!text.lowercased().contains("connection: close"), "\(text)")
    }

    @Test(arguments: [
        ("/v1/projections/budget?jurisdiction=%FF", "jurisdiction"),
        ("/v1/projections/budget?year=20%2", "year"),
        ("/v1/projections/budget?jurisdiction=L%C3%A0o%20Cai&year=%ZZ21", "year"),
        ("/v1/unclassified?bulletin=%C3%28", "bulletin"),
        ("/v1/bulletins?figures=n%ONE", "figures"),
    ])
    func aBadlyEncodedQueryValueIsA400NamingTheParameter(path: String, parameter: String) async throws {
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        #expect(reply.text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(path): \(reply.text)")
        #expect(reply.text.contains("query parameter '\(parameter)'") && reply.text.contains("percent-encoded UTF-8"), "\(reply.text)")
    }

    @Test func aBadlyEncodedParameterNameIsA400Too() async throws {
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/bulletins?%FFx=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        #expect(reply.text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(reply.text)")
        #expect(reply.text.contains("%FFx"), "\(reply.text)")
    }
}

/// Found by fuzz-http: a malformed request pipelined after a whole one got Hummingbird's empty
/// 400 instead of the API's JSON error.
@Suite struct PipelinedParserErrorTests {
    @Test func aMalformedRequestAfterAWholeOneGetsTheJSON400AfterItsAnswer() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\nNOT AN HTTP REQUEST\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        // (the 400's message itself names `HTTP/1.1`: look for status lines at the start of a line)
        let text = reply.text.lowercased()
        #expect(text.hasPrefix("http/1.1 200 ok\r\n"), "\(reply.text)")
        #expect(text.components(separatedBy: "\nhttp/1.1 400 bad request\r\ncontent-type: application/json").count == 2, "\(reply.text)")
        #expect(reply.text.contains(#""status" : 400"#) && reply.text.contains("malformed HTTP request"), "\(reply.text)")
        #expect(reply.closed)
    }

    @Test func aMalformedChunkInABodyGetsTheJSON400AfterTheRequestsAnswer() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            // a chunk of 3 bytes that goes on: the parser fails inside the body
            try connection.send("GET /v1/health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        let text = reply.text.lowercased()
        #expect(text.components(separatedBy: "\nhttp/1.1 400 bad request\r\ncontent-type: application/json").count == 2, "\(reply.text)")
        #expect(reply.text.contains(#""status" : 400"#) && reply.text.contains("malformed HTTP request"), "\(reply.text)")
        #expect(reply.closed)
    }

    @Test func aRequestLineWithoutAVersionGetsOne400NotTwo() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let reply = try await withServer(on: .path(socket)) {
            let connection = try RawConnection(to: socket)
            try connection.send("GET /v1/projections/budget?jurisubstat\r\n\r\nGET /v1/unclassified?bulletin=%C3%28 HTTP/1.1\r\nHost: x\r\n\r\n")
            return try await connection.read(within: .seconds(10))
        }
        #expect(reply.text.components(separatedBy: "HTTP/1.1 400 Bad Request").count == 2, "\(reply.text)")
        #expect(reply.closed)
    }
}
