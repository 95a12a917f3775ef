import ArgumentParser
import PubstatClient
import PubstatProjections

/// `pubstatctl bulletins`.
struct BulletinsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bulletins", abstract: "List the ingested bulletins.")
    @OptionGroup var options: QueryOptions

    func run() async throws {
        try await options.show("/v1/bulletins", as: BulletinList.self) { $0.renderedText() }
    }
}
