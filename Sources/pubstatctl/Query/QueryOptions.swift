import ArgumentParser
import Foundation
import PubstatClient

/// Options shared by the commands that ask a running pubstatd. They may also be given before the
/// subcommand (`pubstatctl --socket PATH status`): see ``GlobalOptions``.
struct QueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "pubstatd's Unix socket (default: $\(SocketLocation.environmentVariable), else \(SocketLocation.system) when it exists, "
            + "else \(SocketLocation.development)).",
        valueName: "path"
    ))
    var socket: String?

    @Flag(help: "Print the daemon's JSON unchanged, for scripts.")
    var json = false

    /// The socket: `--socket`, then `PUBSTAT_SOCKET`, then `/run/pubstat/pubstatd.sock` if it exists, then `var/pubstatd.sock`.
    var location: SocketLocation {
        SocketLocation.resolve(
            option: socket, environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath
        )
    }

    var socketPath: String { location.path }

    /// Prints `error` on stderr, saying where the socket was looked for when nothing answered
    /// there, and exits with its sysexits code.
    func fail(_ error: ClientError) -> ExitCode {
        var message = "pubstatctl: \(error)"
        if case .notRunning = error, !location.explicit {
            message += "\n  (\(location.searchedText); give the socket with --socket PATH or $\(SocketLocation.environmentVariable))"
        }
        TerminalOutput.standardError(message + "\n")
        return ExitCode(error.exitCode)
    }

    /// GETs `path` and prints the JSON as is (`--json`), the daemon's CSV (`csv`: asked for
    /// with `Accept: text/csv`) or `render` of the decoded report.
    /// A failure prints its message on stderr and exits with the error's sysexits code (69 when pubstatd is not running).
    func show<Report: Decodable>(_ path: String, csv: Bool = false, as type: Report.Type, render: (Report) -> String) async throws {
        if csv && json { throw ValidationError("give --json or --csv, not both") }
        let client = PubstatClient(socketPath: socketPath)
        do throws(ClientError) {
            if csv {
                let reply = try await client.get(path, accept: "text/csv")
                guard reply.isSuccess else { throw ClientError(reply: reply) }
                TerminalOutput.standardOutput(bytes: reply.body)
            } else if json {
                let reply = try await client.get(path)
                guard reply.isSuccess else { throw ClientError(reply: reply) }
                TerminalOutput.standardOutput(reply.text)
            } else {
                TerminalOutput.standardOutput(render(try await client.get(path, as: type)))
            }
        } catch {
            throw fail(error)
        }
    }
}
