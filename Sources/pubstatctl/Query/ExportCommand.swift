import ArgumentParser
import Foundation
import PubstatAPI
import PubstatClient

/// `pubstatctl export [--csv]`: every bulletin with its figures.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every figure of every bulletin.",
        discussion: """
            Without --csv: JSON, {"bulletins": [...]}, each as GET /v1/bulletins/{id} answers it.
            With --csv: one CSV table, one row per figure, the columns of GET /v1/bulletins/{id}?format=csv
            (bulletin, file_name, published, source_url, then every field of the figure), bulletins in the
            order GET /v1/bulletins lists them.
            """
    )
    @OptionGroup var options: QueryOptions
    @OptionGroup var output: CSVOutput

    func run() async throws {
        let client = PubstatClient(socketPath: options.socketPath)
        do throws(ClientError) {
            let list = try await client.get("/v1/bulletins", as: BulletinList.self)
            var details: [BulletinDetail] = []
            for bulletin in list.bulletins {
                details.append(try await client.get("/v1/bulletins/" + bulletin.id.rawValue, as: BulletinDetail.self))
            }
            let bytes = try output.csv ? Self.csv(details) : Self.json(details)
            TerminalOutput.standardOutput(bytes: bytes)
        } catch {
            throw options.fail(error)
        }
    }

    /// Every figure of `details` as one CSV table.
    static func csv(_ details: [BulletinDetail]) -> [UInt8] {
        var table = FigureRows.table()
        for detail in details {
            FigureRows.append(detail.figures, of: detail.bulletin, sourceURL: detail.bulletin.sourceURL ?? detail.context?.sourceURL, to: &table)
        }
        return CSVWriter.bytes(table)
    }

    private struct Export: Encodable {
        var bulletins: [BulletinDetail]
    }

    static func json(_ details: [BulletinDetail]) throws(ClientError) -> [UInt8] {
        do {
            return Array(try APIJSON.encoder().encode(Export(bulletins: details))) + [0x0A]
        } catch {
            throw .badResponse("cannot write the export as JSON: \(error)")
        }
    }
}
