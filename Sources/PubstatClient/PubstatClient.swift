import Foundation
import NIOCore
import NIOHTTP1
import PubstatAPI

/// An HTTP/1.1 client for pubstatd's Unix socket.
///
/// ```swift
/// let client = PubstatClient(socketPath: "var/pubstatd.sock")
/// let status = try await client.get("/v1/status", as: StatusReport.self)
/// ```
public struct PubstatClient: Sendable {
    public var socketPath: String
    /// Limit for connecting and for the whole answer.
    public var timeout: Duration

    public init(socketPath: String, timeout: Duration = .seconds(10)) {
        self.socketPath = socketPath
        self.timeout = timeout
    }

    /// Sends `GET path` (path and query, already encoded; see ``PubstatClient/path(_:query:)``) and returns the raw reply, whatever its status.
    /// `accept` is the `Accept` header (`text/csv` for a list as CSV).
    public func get(_ path: String, accept: String = "application/json") async throws(ClientError) -> HTTPReply {
        try await request("GET", path, accept: accept)
    }

    /// Sends a request without a body with any method (`GET`, `HEAD`, `POST`…) and returns the raw reply.
    public func request(_ method: String, _ path: String, accept: String = "application/json") async throws(ClientError) -> HTTPReply {
        try await request(method, path, accept: accept, body: [])
    }

    /// Sends a request with a JSON `body` (none when empty) and returns the raw reply, whatever its status.
    public func request(_ method: String, _ path: String, accept: String = "application/json", body: [UInt8]) async throws(ClientError) -> HTTPReply {
        try checkSocketFile()
        let start = ContinuousClock.now
        do {
            return try await UnixHTTPExchange.send(
                HTTPMethod(rawValue: method), path, accept: accept, body: body, socketPath: socketPath, timeout: .nanoseconds(timeout.nanoseconds)
            )
        } catch {
            throw classify(error, elapsed: ContinuousClock.now - start)
        }
    }

    /// Sends `GET path` and decodes a 2xx JSON body; an error status becomes ``ClientError/server(status:message:)``
    /// with the daemon's message.
    public func get<T: Decodable>(_ path: String, as type: T.Type) async throws(ClientError) -> T {
        let reply = try await get(path)
        guard reply.isSuccess else { throw ClientError(reply: reply) }
        do {
            return try APIJSON.decoder().decode(T.self, from: Data(reply.body))
        } catch {
            throw .badResponse("cannot read \(T.self) from the answer to \(path): \(error)")
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    var secondsValue: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
