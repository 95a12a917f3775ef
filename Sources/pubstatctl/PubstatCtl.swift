import ArgumentParser
import PubstatExtraction
import PubstatModel

/// The pubstat command-line client.
struct PubstatCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pubstatctl",
        abstract: "Query a running pubstatd, or extract figures from files offline.",
        discussion: "--socket PATH and --json may be given before the subcommand too: pubstatctl --socket /run/pubstat/pubstatd.sock status",
        version: "pubstatctl \(PubstatRelease.version) (extractor \(BulletinExtractor.version))",
        subcommands: [Extract.self, Verify.self, StatusCommand.self, BudgetCommand.self, VisitorsCommand.self, BulletinsCommand.self, BulletinCommand.self, ReextractCommand.self, RebuildCommand.self,
                      UnclassifiedCommand.self, EventsCommand.self, ExportCommand.self, IndicatorsCommand.self, SeriesCommand.self,
                      ExplainCommand.self, CorrectCommand.self, ConfirmCommand.self, RetractCommand.self]
    )
}

/// Runs ``PubstatCtl`` with the global options given before the subcommand moved after it.
@main
enum PubstatCtlMain {
    static func main() async {
        await PubstatCtl.main(GlobalOptions.reordered(Array(CommandLine.arguments.dropFirst())))
    }
}

/// `--socket PATH` (or `--socket=PATH`) and `--json` belong to every query subcommand; given
/// before the subcommand, as in `pubstatctl --socket PATH status`, they are moved after it.
enum GlobalOptions {
    static func reordered(_ arguments: [String]) -> [String] {
        var global: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--socket", index + 1 < arguments.endIndex {
                global += arguments[index...index + 1]
                index += 2
            } else if argument.hasPrefix("--socket=") || argument == "--json" {
                global.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !global.isEmpty, index < arguments.endIndex else { return arguments }
        return [arguments[index]] + global + arguments[(index + 1)...]
    }
}
