import ArgumentParser
import Foundation
import PubstatClient

/// `pubstatctl events [--after N] [--limit N] [--follow] [--json | --csv]`: the event log as
/// pubstatd serves it (`GET /v1/events`): a line per event, the NDJSON as is, or CSV
/// (``EventLineCSV``: the header once, then a record per event, also while following).
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "The events of the log after a sequence; --follow keeps printing new ones."
    )
    @Option(help: "Only events after this sequence (default 0: from the first).")
    var after: UInt64 = 0
    @Option(help: "At most this many events per request (1 … 10000, default 1000).")
    var limit: Int?
    @Flag(help: "Keep printing events as they are appended, until interrupted.")
    var follow = false
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    /// How often --follow asks for new events.
    static let pollInterval: Duration = .milliseconds(500)

    func validate() throws {
        if output.csv && options.json { throw ValidationError("give --json or --csv, not both") }
    }

    func run() async throws {
        let client = PubstatClient(socketPath: options.socketPath)
        var last = after
        var headerDue = output.csv
        do throws(ClientError) {
            repeat {
                let path = PubstatClient.path("/v1/events", query: [("after", String(last)), ("limit", limit.map(String.init))])
                let reply = try await client.get(path)
                guard reply.isSuccess else { throw ClientError(reply: reply) }
                if headerDue {
                    TerminalOutput.standardOutput(bytes: EventLineCSV.header)
                    headerDue = false
                }
                for line in reply.text.split(separator: "\n") {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                    if let sequence = object["sequence"] as? Int { last = UInt64(sequence) }
                    if output.csv {
                        if let record = EventLineCSV.record(line) { TerminalOutput.standardOutput(record) }
                    } else {
                        TerminalOutput.standardOutput(options.json ? "\(line)\n" : Self.render(object) + "\n")
                    }
                }
                if follow { try? await Task.sleep(for: Self.pollInterval) }
            } while follow
        } catch {
            TerminalOutput.standardError("pubstatctl: \(error)\n")
            throw ExitCode(error.exitCode)
        }
    }

    /// `SEQ  TIME  TYPE  BULLETIN-ID-PREFIX  FILE-NAME` for a person.
    static func render(_ line: [String: Any]) -> String {
        let event = line["event"] as? [String: Any] ?? [:]
        let data = event["data"] as? [String: Any] ?? [:]
        let bulletin = data["bulletin"] as? [String: Any]
        let id = (bulletin?["id"] ?? data["id"]) as? String ?? ""
        let name = (bulletin?["fileName"] ?? data["fileName"]) as? String ?? ""
        return [
            "\(line["sequence"] as? Int ?? 0)", line["time"] as? String ?? "", event["type"] as? String ?? "",
            String(id.prefix(12)), name,
        ].joined(separator: "  ")
    }
}
