import ArgumentParser
import Foundation
import PubstatClient
import PubstatProjections

/// `pubstatctl bulletins [--without-figures] [--since yesterday|today|YYYY-MM-DD|TIME]`.
struct BulletinsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bulletins", abstract: "List the ingested bulletins.")
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput
    @Flag(help: "Only the bulletins from which no figure was extracted.") var withoutFigures = false
    @Option(help: ArgumentHelp(
        "Only the bulletins ingested since: today, yesterday (from local midnight), a date YYYY-MM-DD (UTC midnight) or a UTC time 2026-11-28T08:00:00Z.",
        valueName: "when"
    ))
    var since: String?

    func validate() throws {
        if let since, SinceOption.parameter(since, now: Date()) == nil {
            throw ValidationError("--since must be today, yesterday, a date YYYY-MM-DD or a UTC time such as 2026-11-28T08:00:00Z, got '\(since)'")
        }
    }

    func run() async throws {
        let path = PubstatClient.path("/v1/bulletins", query: [
            ("figures", withoutFigures ? "none" : nil), ("since", since.flatMap { SinceOption.parameter($0, now: Date()) }),
        ])
        try await options.show(path, csv: output.csv, as: BulletinList.self) { list in
            if list.bulletins.isEmpty, withoutFigures { return "Every ingested bulletin has figures.\n" }
            if list.bulletins.isEmpty, let since { return "No bulletin ingested since \(since).\n" }
            return list.renderedText()
        }
    }
}

/// `--since`: `today` and `yesterday` become the UTC time of that local midnight; a date or a
/// time goes as it is (the daemon reads a date as UTC midnight).
enum SinceOption {
    static func parameter(_ text: String, now: Date) -> String? {
        let calendar = Calendar.current
        switch text.lowercased() {
        case "today": return utc(calendar.startOfDay(for: now))
        case "yesterday": return calendar.date(byAdding: .day, value: -1, to: calendar.startOfDay(for: now)).map(utc)
        default: return Timestamp(iso: text) != nil ? text : nil
        }
    }

    private static func utc(_ date: Date) -> String {
        Timestamp(micros: Int64((date.timeIntervalSince1970 * 1_000_000).rounded())).description
    }
}
