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

/// Runs ``PubstatCtl`` with the global options given before the subcommand moved after it; an
/// unknown subcommand is reported as one (exit status 64), wherever the global options stand.
@main
enum PubstatCtlMain {
    static func main() async {
        let arguments = GlobalOptions.reordered(Array(CommandLine.arguments.dropFirst()))
        let known = PubstatCtl.configuration.subcommands.map { $0._commandName } + ["help"]
        if let unknown = GlobalOptions.unknownSubcommand(in: arguments, known: known) {
            PubstatCtl.exit(withError: ValidationError(
                "unknown subcommand '\(unknown)'; the subcommands are \(known.joined(separator: ", ")) (pubstatctl --help)"))
        }
        await PubstatCtl.main(arguments)
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

    /// The first argument of `arguments` (as ``reordered(_:)`` leaves them: the subcommand
    /// first) when it is neither an option nor one of the `known` subcommands; without this,
    /// `pubstatctl --socket PATH bogus` was reported as `Unknown option '--socket'`.
    static func unknownSubcommand(in arguments: [String], known: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first) else { return nil }
        return first
    }
}
