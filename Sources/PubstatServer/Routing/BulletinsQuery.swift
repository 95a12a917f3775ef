/// The filter of `GET /v1/bulletins`: every bulletin, or with `?figures=none` those from which
/// no figure was extracted.
enum BulletinsQuery {
    case all
    case withoutFigures

    init(_ parameters: QueryParameters) throws(APIError) {
        switch parameters["figures"] {
        case nil: self = .all
        case "none": self = .withoutFigures
        case let other?: throw APIError(.badRequest, "figures must be 'none' (bulletins without figures), got '\(other)'")
        }
    }
}
