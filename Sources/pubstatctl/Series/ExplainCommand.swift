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

    func run() async throws {
        try await options.show("/v1/figures/" + PubstatClient.percentEncoded(id), as: FigureExplanation.self) { $0.renderedText() }
    }
}
