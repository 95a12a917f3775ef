import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl budget [--year Y] [--jurisdiction J]`.
struct BudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Budget revenue against estimates and the linear pace, in billion VND."
    )
    @Option(help: "Only this fiscal year.") var year: Int?
    @Option(help: ArgumentHelp("Only this jurisdiction: level:Name (province:Lai Châu) or a name, any case.", valueName: "jurisdiction"))
    var jurisdiction: String?
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        let path = PubstatClient.path(
            "/v1/projections/budget", query: [("jurisdiction", jurisdiction), ("year", year.map(String.init))]
        )
        try await options.show(path, csv: output.csv, as: BudgetReport.self) { $0.renderedText() }
    }
}
