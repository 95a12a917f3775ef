import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl indicators`.
struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the indicators, with how many figures, points and bulletins the log holds of each, their years and places."
    )
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        try await options.show("/v1/indicators", csv: output.csv, as: IndicatorsReport.self) { $0.renderedText() }
    }
}
