import ArgumentParser
import PubstatClient
import PubstatModel
import PubstatProjections

/// `pubstatctl series INDICATOR [--jurisdiction J] [--from Y --to Y] [--as-of D] [--history]`.
struct SeriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "An indicator's values per jurisdiction and period, with their vintages.",
        discussion: """
            The current value of a point follows the precedence rule: a correction over everything; then the later \
            publication; then actual over estimate; then the later ingestion. --as-of D shows what had been published \
            by the end of day D; --history lists every vintage under its point.
            """
    )
    @Argument(help: "The indicator, e.g. budget_revenue_on_territory (`pubstatctl indicators` lists them).") var indicator: String
    @Option(help: ArgumentHelp("Only this jurisdiction: level:Name (province:Lai Châu) or a name, any case.", valueName: "jurisdiction"))
    var jurisdiction: String?
    @Option(help: "Only points of this year or later.") var from: Int?
    @Option(help: "Only points of this year or earlier.") var to: Int?
    @Option(help: ArgumentHelp("What had been published by this day (YYYY-MM-DD).", valueName: "date")) var asOf: String?
    @Flag(help: "Every vintage of each point, not only the current value.") var history = false
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, got '\(asOf)'") }
    }

    func run() async throws {
        let path = PubstatClient.path("/v1/series", query: [
            ("indicator", indicator), ("jurisdiction", jurisdiction), ("from", from.map(String.init)), ("to", to.map(String.init)),
            ("asOf", asOf), ("history", history ? "true" : nil),
        ])
        try await options.show(path, csv: output.csv, as: SeriesReport.self) { $0.renderedText() }
    }
}
