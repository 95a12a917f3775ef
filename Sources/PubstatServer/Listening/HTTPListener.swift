import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import PubstatModel
import ServiceLifecycle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Binds (or adopts) the listening socket and serves every connection with Hummingbird's `HTTP1Channel`.
///
/// Hummingbird's own `Server` can only bind addresses itself, so this small loop stands in for it:
/// one code path for both a socket path and a systemd-passed descriptor. It also reads each
/// connection's peer credentials once, when it is accepted, and hands them to every request of it.
struct HTTPListener: Sendable {
    typealias ServerChannel = NIOAsyncChannel<AcceptedConnection, Never>
    /// Answers one request of a connection whose peer is the last argument (nil when unknown).
    typealias PeerResponder = @Sendable (Request, consuming ResponseWriter, any Channel, Peer?) async throws -> Void

    /// The API every connection is served with.
    let application: PubstatHTTPApplication
    /// Connections served at once; further ones are not accepted until one closes.
    let maxConnections: Int
    /// Where connections are served (nil: Swift's global pool).
    let executor: (any TaskExecutor)?
    let logger: Logger

    /// Binds `socket` and returns the listening channel; the socket accepts connections from here on.
    func listen(on socket: ServerSocket) async throws(PubstatServerError) -> ServerChannel {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .serverChannelInitializer { [maxConnections, logger] channel in
                // Hummingbird's connection cap: stops reading (accepting) at the maximum.
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        AvailableConnectionsChannelHandler(delegate: MaximumAvailableConnections(maxConnections, logger: logger)))
                }
            }
        let application = self.application, logger = self.logger
        let setUp: @Sendable (any Channel) -> EventLoopFuture<AcceptedConnection> = { channel in
            PeerCredentials.read(from: channel, logger: logger).flatMap { peer in
                application.setUp(channel: channel).map { AcceptedConnection(http: $0, peer: peer) }
            }
        }
        switch socket {
        case .path(let path, let mode):
            try SocketPath.prepare(path)
            let channel: ServerChannel
            do {
                channel = try await bootstrap.bind(unixDomainSocketPath: path, childChannelInitializer: setUp)
            } catch let error as IOError where error.errnoCode == EADDRINUSE {
                throw .alreadyListening(path: path)
            } catch {
                throw .listen(socket: path, reason: "\(error)")
            }
            do {
                try SocketPath.setMode(path, mode)
            } catch {
                try? await channel.channel.close()
                throw error
            }
            return channel
        case .inherited(let fd):
            try InheritedSocket.validate(fd)
            do {
                return try await bootstrap.bind(fd, childChannelInitializer: setUp)
            } catch {
                throw .listen(socket: socket.description, reason: "\(error)")
            }
        }
    }

    /// Accepts connections until graceful shutdown or cancellation, then waits for open requests to finish.
    func serve(_ server: ServerChannel, onListening: @Sendable () async -> Void) async {
        let listener = self, logger = self.logger, executor = self.executor
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await onListening()
                await withDiscardingTaskGroup { group in
                    do {
                        try await server.executeThenClose { connections in
                            for try await connection in connections {
                                group.addTask(executorPreference: executor) { await listener.handle(connection) }
                            }
                        }
                    } catch ChannelError.alreadyClosed {
                        // Closed by graceful shutdown or cancellation.
                    } catch {
                        logger.error("accepting connections failed", metadata: ["error": "\(error)"])
                    }
                }
            } onCancel: {
                server.channel.close(promise: nil)
            }
        } onGracefulShutdown: {
            server.channel.close(promise: nil)
        }
    }

    /// Serves one connection; on graceful shutdown it finishes the request in flight and closes.
    private func handle(_ connection: AcceptedConnection) async {
        let peer = PeerCredentials.named(connection.peer, logger: logger)
        await withGracefulShutdownHandler {
            await application.serve(connection.http, peer: peer)
        } onGracefulShutdown: {
            connection.http.channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        }
    }
}
