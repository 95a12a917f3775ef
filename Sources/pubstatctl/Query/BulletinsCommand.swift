import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl bulletins`.
struct BulletinsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bulletins", abstract: "List the ingested bulletins.")
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput
    @Flag(help: "Only the bulletins from which no figure was extracted.") var withoutFigures = false

    func run() async throws {
        try await options.show(withoutFigures ? "/v1/bulletins?figures=none" : "/v1/bulletins", csv: output.csv, as: BulletinList.self) { list in
            withoutFigures && list.bulletins.isEmpty ? "Every ingested bulletin has figures.\n" : list.renderedText()
        }
    }
}
