import Hummingbird

/// The API's OpenAPI 3.1 document (`openapi.json` beside this file), served at `GET /v1/openapi.json`.
enum OpenAPIDocument {
    /// The document's bytes as embedded in the binary.
    static let bytes = ByteBuffer(string: EmbeddedOpenAPI.json + "\n")

    static var response: Response { JSONResponse.make(bytes: bytes) }
}
