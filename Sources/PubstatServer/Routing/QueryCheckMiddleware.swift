import Hummingbird

/// Answers 400 to a request with a query parameter its route does not take (`?yaer=2021`), or
/// one given without a value (`?jurisdiction=`), or whose name or value is not valid
/// percent-encoded UTF-8 (`?jurisdiction=%FF`), instead of ignoring it and answering as if no
/// filter had been asked for.
struct QueryCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let parameters = QueryParameters(request.uri.query)
        if let malformed = parameters.malformed {
            throw APIError(.badRequest, Self.message(malformed))
        }
        if let pattern = Route.pattern(of: path), let taken = Route.parameters[pattern] {
            let unknown = parameters.names.filter { !taken.contains($0) }
            if let first = unknown.first {
                throw APIError(.badRequest, Self.message(unknown: first, path: path, taken: taken))
            }
            if let empty = parameters.names.first(where: { parameters[$0]?.isEmpty ?? true }) {
                throw APIError(.badRequest, "query parameter '\(empty)' has no value: give one or leave it out")
            }
        }
        return try await next(request, context)
    }

    static func message(_ malformed: QueryParameters.Malformed) -> String {
        let how = "encode it in UTF-8 and percent-encode every byte that is not a letter, digit or -._~ "
            + "(curl does it with -G --data-urlencode 'jurisdiction=Lào Cai')"
        switch malformed {
        case .name(let raw):
            return "query parameter name '\(raw)' is not valid percent-encoded UTF-8; \(how)"
        case .value(let name, let raw):
            return "query parameter '\(name)' has a value that is not valid percent-encoded UTF-8 ('\(raw)'); \(how)"
        }
    }

    static func message(unknown: String, path: String, taken: [String]) -> String {
        let known = taken.isEmpty
            ? "\(path) takes no query parameters"
            : "\(path) takes only " + taken.map { "'\($0)'" }.joined(separator: ", ")
        let hint = taken.first { QueryParameters.isNearMiss(unknown, $0) }.map { "; did you mean '\($0)'?" } ?? ""
        return "unknown query parameter '\(unknown)': \(known)\(hint)"
    }
}
