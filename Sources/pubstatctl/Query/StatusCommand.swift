import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl status`.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the log and intake state of pubstatd.")
    @OptionGroup var options: QueryOptions

    func run() async throws {
        try await options.show("/v1/status", as: StatusReport.self) { $0.renderedText() }
    }
}
