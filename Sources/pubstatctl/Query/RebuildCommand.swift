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
        try await AdminJobPost.run("/v1/rebuild", options: options, report: RebuildReport.self) { $0.renderedText() }
    }
}
