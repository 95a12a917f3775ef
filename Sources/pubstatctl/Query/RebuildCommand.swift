import ArgumentParser
import Foundation
import PubstatClient
import PubstatProjections

/// `pubstatctl rebuild`: asks pubstatd to fold its whole log again into new projections and
/// answer from them (`POST /v1/rebuild`, admin).
struct RebuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Rebuild every projection of pubstatd from its event log; queries answer from the old ones until it is done."
    )
    @OptionGroup var options: QueryOptions

    func run() async throws {
        let client = PubstatClient(socketPath: options.socketPath, timeout: .seconds(600))
        do throws(ClientError) {
            let reply = try await client.request("POST", "/v1/rebuild")
            guard reply.isSuccess else { throw ClientError(reply: reply) }
            if options.json {
                TerminalOutput.standardOutput(reply.text)
                return
            }
            TerminalOutput.standardOutput(try JSONReply.decode(RebuildReport.self, from: reply).renderedText())
        } catch {
            throw options.fail(error)
        }
    }
}
