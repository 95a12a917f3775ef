import ArgumentParser
import Foundation
import PubstatClient
import PubstatProjections

/// `pubstatctl reextract`: asks pubstatd to read every stored bulletin again with its
/// current extractor and append the differences as `figures.revised` events.
struct ReextractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Re-read every stored bulletin with pubstatd's current extractor; append what changed."
    )
    @OptionGroup var options: QueryOptions

    func run() async throws {
        try await AdminJobPost.run("/v1/reextract", options: options, report: ReextractReport.self) { report in
            """
            extractor \(report.extractorVersion): \(report.examined) bulletins read again, \(report.revised) revised \
            (\(report.figuresSuperseded) figures superseded, \(report.figuresAdded) added), \(report.missingRaw) without a stored copy
            \(report.lastSequence.map { "last event appended: \($0)" } ?? "nothing appended")

            """
        }
    }
}

/// Decodes a JSON reply body.
enum JSONReply {
    static func decode<T: Decodable>(_ type: T.Type, from reply: HTTPReply) throws(ClientError) -> T {
        do {
            return try APIJSON.decoder().decode(type, from: Data(reply.body))
        } catch {
            throw .badResponse("the daemon's answer is not the expected JSON: \(error)")
        }
    }
}
