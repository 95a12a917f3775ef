import ArgumentParser
import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections

/// `pubstatctl correct ID --value V --reason R` (and corrected fields).
struct CorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a figure (an admin act, appended as a figure.corrected event; the extracted figure stays in the log)."
    )
    @Argument(help: "The figure id.") var id: String
    @Option(help: "The corrected value, in the figure's unit (or --unit's).") var value: Double?
    @Option(help: "The corrected unit, e.g. billion_vnd.") var unit: String?
    @Option(help: "The corrected period, e.g. 2021-9M.") var period: String?
    @Option(help: "The corrected kind: actual, estimate, plan or target.") var kind: String?
    @Option(help: "Why: recorded in the event.") var reason: String
    @OptionGroup var options: QueryOptions

    func validate() throws {
        _ = try fields()
        if value == nil && unit == nil && period == nil && kind == nil {
            throw ValidationError("give --value and/or a corrected field (--unit, --period, --kind)")
        }
    }

    func fields() throws -> FigureAmendment? {
        var fields = FigureAmendment()
        if let unit { fields.unit = try parsed(unit, "--unit", MeasureUnit.init(rawValue:), MeasureUnit.allCases.map(\.rawValue)) }
        if let kind { fields.kind = try parsed(kind, "--kind", FigureKind.init(rawValue:), FigureKind.allCases.map(\.rawValue)) }
        if let period {
            guard let parsed = Period(period) else { throw ValidationError("--period must be a period such as 2021, 2021-Q3 or 2021-9M, got '\(period)'") }
            fields.period = parsed
        }
        return fields.isEmpty ? nil : fields
    }

    private func parsed<T>(_ text: String, _ option: String, _ make: (String) -> T?, _ known: [String]) throws -> T {
        guard let value = make(text) else { throw ValidationError("\(option) must be one of \(known.joined(separator: ", ")), got '\(text)'") }
        return value
    }

    func run() async throws {
        let body = CorrectionRequest(value: value, fields: try fields(), reason: reason)
        try await options.act("/v1/figures/\(PubstatClient.percentEncoded(id))/correct", body: body)
    }
}

/// `pubstatctl confirm ID [--note N]`.
struct ConfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm", abstract: "Confirm a figure checked against its bulletin (a figure.confirmed event)."
    )
    @Argument(help: "The figure id.") var id: String
    @Option(help: "A note recorded in the event.") var note: String?
    @OptionGroup var options: QueryOptions

    func run() async throws {
        try await options.act("/v1/figures/\(PubstatClient.percentEncoded(id))/confirm", body: ConfirmationRequest(note: note))
    }
}

/// `pubstatctl retract BULLETIN --reason R`.
struct RetractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Retract a bulletin: its figures leave every projection; the log and the series' history keep them."
    )
    @Argument(help: "The bulletin's id, a unique prefix of at least 8 hex digits, or its file name.") var bulletin: String
    @Option(help: "Why: recorded in the event.") var reason: String
    @OptionGroup var options: QueryOptions

    func run() async throws {
        try await options.act("/v1/bulletins/\(PubstatClient.percentEncoded(bulletin))/retract", body: RetractionRequest(reason: reason))
    }
}

extension QueryOptions {
    /// POSTs `body` as JSON to `path` and prints the receipt (the JSON with `--json`); a refusal
    /// prints the daemon's message and exits with its code (65 for 4xx).
    func act<Body: Encodable>(_ path: String, body: Body) async throws {
        let client = PubstatClient(socketPath: socketPath)
        do throws(ClientError) {
            let bytes: [UInt8]
            do { bytes = Array(try APIJSON.encoder().encode(body)) } catch { throw .badResponse("cannot encode the request: \(error)") }
            let reply = try await client.request("POST", path, body: bytes)
            guard reply.isSuccess else { throw ClientError(reply: reply) }
            TerminalOutput.standardOutput(json ? reply.text : try JSONReply.decode(ActReceipt.self, from: reply).renderedText())
        } catch {
            throw fail(error)
        }
    }
}
