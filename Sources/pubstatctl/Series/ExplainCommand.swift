import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl explain ID`.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Where a figure comes from: its bulletin, sentence, byte range, extractor, corrections and every vintage."
    )
    @Argument(help: "The figure id, as `bulletin` and `series` show it (e.g. 3f09a2c4b7d1-0123456789abcdef).") var id: String
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        let path = "/v1/figures/" + PubstatClient.percentEncoded(id)
        try await options.show(path, csv: output.csv, as: FigureExplanation.self) { $0.renderedText() }
    }
}
