import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl bulletin ID`.
struct BulletinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "Show one bulletin's figures with the text each came from."
    )
    @Argument(help: "The bulletin's SHA-256 (64 hex digits), a unique prefix of at least 8, or the file name it had in the inbox.")
    var id: String
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        let path = "/v1/bulletins/" + PubstatClient.percentEncoded(id)
        try await options.show(path, csv: output.csv, as: BulletinDetail.self) { $0.renderedText() }
    }
}
