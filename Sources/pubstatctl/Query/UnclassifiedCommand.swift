import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl unclassified [--bulletin ID] [--limit N]`.
struct UnclassifiedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unclassified",
        abstract: "Numbers with a unit that no indicator took: what the catalogue misses."
    )
    @Option(help: ArgumentHelp("Only this bulletin: its id, a unique prefix of at least 8 hex digits, or its inbox file name.", valueName: "id"))
    var bulletin: String?
    @Option(help: "At most this many mentions (default \(UnclassifiedFilter.defaultLimit), at most \(UnclassifiedFilter.maxLimit)).")
    var limit: Int?
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        let path = PubstatClient.path("/v1/unclassified", query: [("bulletin", bulletin), ("limit", limit.map(String.init))])
        try await options.show(path, csv: output.csv, as: UnclassifiedReport.self) { $0.renderedText() }
    }
}
