import ArgumentParser
import Foundation
import PubstatClient

/// Options shared by the commands that ask a running pubstatd.
struct QueryOptions: ParsableArguments {
    static let defaultSocket = "var/pubstatd.sock"

    @Option(help: ArgumentHelp(
        "pubstatd's Unix socket (default: $PUBSTAT_SOCKET, else \(defaultSocket)).", valueName: "path"
    ))
    var socket: String?

    @Flag(help: "Print the daemon's JSON unchanged, for scripts.")
    var json = false

    /// The socket path: `--socket`, then `PUBSTAT_SOCKET`, then the default.
    var socketPath: String {
        socket ?? ProcessInfo.processInfo.environment["PUBSTAT_SOCKET"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultSocket
    }

    /// GETs `path` and prints the JSON as is (`--json`) or `render` of the decoded report.
    /// A failure prints its message on stderr and exits with the error's sysexits code (69 when pubstatd is not running).
    func show<Report: Decodable>(_ path: String, as type: Report.Type, render: (Report) -> String) async throws {
        let client = PubstatClient(socketPath: socketPath)
        do throws(ClientError) {
            if json {
                let reply = try await client.get(path)
                guard reply.isSuccess else { throw ClientError(reply: reply) }
                TerminalOutput.standardOutput(reply.text)
            } else {
                TerminalOutput.standardOutput(render(try await client.get(path, as: type)))
            }
        } catch {
            TerminalOutput.standardError("pubstatctl: \(error)\n")
            throw ExitCode(error.exitCode)
        }
    }
}
