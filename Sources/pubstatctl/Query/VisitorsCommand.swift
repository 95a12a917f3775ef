import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl visitors`.
struct VisitorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visitors",
        abstract: "Portal visit counters with their consistency, and tourist arrivals."
    )
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        try await options.show("/v1/projections/visitors", csv: output.csv, as: VisitorReport.self) { $0.renderedText() }
    }
}
