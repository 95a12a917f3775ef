import PubstatClient

/// Asks pubstatd for one of its admin jobs (`POST /v1/rebuild`, `POST /v1/reextract`) and prints the job's report:
/// the JSON as the daemon sent it with `--json`, else `render`'s text.
enum AdminJobPost {
    static func run<Report: Decodable>(
        _ path: String, options: QueryOptions, report: Report.Type, render: (Report) -> String
    ) async throws {
        // (a job reads the whole log or every stored bulletin: minutes, not the queries' seconds)
        let client = PubstatClient(socketPath: options.socketPath, timeout: .seconds(600))
        do throws(ClientError) {
            let reply = try await client.request("POST", path)
            guard reply.isSuccess else { throw ClientError(reply: reply) }
            if options.json {
                TerminalOutput.standardOutput(reply.text)
                return
            }
            TerminalOutput.standardOutput(render(try JSONReply.decode(Report.self, from: reply)))
        } catch {
            throw options.fail(error)
        }
    }
}
