import ArgumentParser
import Foundation
import PubstatClient
import PubstatProjections

/// `pubstatctl reextract`: asks pubstatd to read every stored bulletin again with its
/// current extractor and append the differences as `figures.revised` events.
struct ReextractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Re-read every stored bulletin with pubstatd's current extractor; append what changed."
    )
    @OptionGroup var options: QueryOptions

    func run() async throws {
        let client = PubstatClient(socketPath: options.socketPath, timeout: .seconds(600))
        do throws(ClientError) {
            let reply = try await client.request("POST", "/v1/reextract")
            guard reply.isSuccess else { throw ClientError(reply: reply) }
            if options.json {
                TerminalOutput.standardOutput(reply.text)
                return
            }
            let report = try JSONReply.decode(ReextractReport.self, from: reply)
            TerminalOutput.standardOutput("""
            extractor \(report.extractorVersion): \(report.examined) bulletins read again, \(report.revised) revised \
            (\(report.figuresSuperseded) figures superseded, \(report.figuresAdded) added), \(report.missingRaw) without a stored copy
            \(report.lastSequence.map { "last event appended: \($0)" } ?? "nothing appended")

            """)
        } catch {
            throw options.fail(error)
        }
    }
}

/// Decodes a JSON reply body.
enum JSONReply {
    static func decode<T: Decodable>(_ type: T.Type, from reply: HTTPReply) throws(ClientError) -> T {
        do {
            return try APIJSON.decoder().decode(type, from: Data(reply.body))
        } catch {
            throw .badResponse("the daemon's answer is not the expected JSON: \(error)")
        }
    }
}
