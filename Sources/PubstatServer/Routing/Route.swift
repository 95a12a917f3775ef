/// The API's paths; every route answers GET (and HEAD) only, but the admin routes, which are POSTs.
enum Route {
    static let health = "/v1/health"
    static let status = "/v1/status"
    static let budget = "/v1/projections/budget"
    static let visitors = "/v1/projections/visitors"
    static let bulletins = "/v1/bulletins"
    static let bulletin = "/v1/bulletins/:id"
    static let reextract = "/v1/reextract"
    static let rebuild = "/v1/rebuild"
    static let unclassified = "/v1/unclassified"
    static let events = "/v1/events"
    static let indicators = "/v1/indicators"
    static let series = "/v1/series"
    static let figure = "/v1/figures/:id"
    static let correct = "/v1/figures/:id/correct"
    static let confirm = "/v1/figures/:id/confirm"
    static let retract = "/v1/bulletins/:id/retract"
    static let openAPI = "/v1/openapi.json"
    /// Prometheus text exposition.
    static let metrics = "/metrics"

    static let all = [
        health, status, budget, visitors, bulletins, bulletin, reextract, rebuild, unclassified, events, indicators, series, figure,
        correct, confirm, retract, openAPI, metrics,
    ]

    /// The query parameters each route takes; any other is a 400 (see ``QueryCheckMiddleware``).
    /// A route missing here is not checked. List routes take `format` (`json` or `csv`, see ``ResponseFormat``).
    static let parameters: [String: [String]] = [
        health: [], status: [], budget: ["jurisdiction", "year", "format"], visitors: ["format"],
        bulletins: ["figures", "since", "format"], bulletin: ["format"], reextract: [], rebuild: [], unclassified: ["bulletin", "limit", "format"],
        events: ["after", "limit", "follow"], openAPI: [], metrics: [],
        indicators: ["format"], series: ["indicator", "jurisdiction", "from", "to", "asOf", "history", "format"], figure: ["format"],
        correct: [], confirm: [], retract: [],
    ]

    /// The admin routes, each with the action it performs as refusals and the journal name it.
    /// Only root and pubstatd's own user may call them: ``AdminGateMiddleware`` answers 403 to
    /// anyone else before the handler runs, and logs every call. A route listed here answers POST.
    static let admin: [String: String] = [
        reextract: "re-extract the stored bulletins",
        rebuild: "rebuild the projections from the log",
        correct: "correct a figure",
        confirm: "confirm a figure",
        retract: "retract a bulletin",
    ]

    /// The methods a route answers, as an `Allow` header lists them.
    static func allowedMethods(_ pattern: String) -> String {
        admin[pattern] != nil ? "POST" : "GET, HEAD"
    }

    /// True when `path` names a route, so a miss is a wrong method (405) rather than an unknown path (404).
    static func exists(_ path: String) -> Bool {
        pattern(of: path) != nil
    }

    /// The route pattern `path` matches (`/v1/bulletins/abc` → `/v1/bulletins/:id`), if any.
    static func pattern(of path: String) -> String? {
        if fixed.contains(path) { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return split.first { _, parts in
            parts.count == segments.count && zip(parts, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }?.pattern
    }

    /// The patterns without a `:parameter`, which only their own path matches.
    private static let fixed: Set<String> = Set(all.filter { !$0.contains(":") })
    /// Every pattern with its segments, split once.
    private static let split: [(pattern: String, parts: [Substring])] = all.map { ($0, $0.split(separator: "/")) }
}
