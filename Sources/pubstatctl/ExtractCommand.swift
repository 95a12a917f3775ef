import ArgumentParser
import Foundation
import PubstatClient
import PubstatAPI
import PubstatExtraction
import PubstatIngest
import PubstatModel

/// `pubstatctl extract FILE...`: figures of files, without a daemon.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the figures of bulletin files (no daemon needed).")
    @Argument(help: "Bulletin files.") var files: [String]
    @Flag(help: "Print JSON in the corpus figure schema.") var json = false
    @Option(help: ArgumentHelp("The page the files were taken from (its host names the portal's jurisdiction).", valueName: "url"))
    var sourceURL: String?
    @Option(help: ArgumentHelp("A sidecar file (source_url, publisher, published, jurisdiction) to read the files with.", valueName: "file"))
    var meta: String?
    @Option(help: ArgumentHelp("Also use the extra indicator files (*.json) of this folder, as pubstatd's `indicators` setting does.",
                               valueName: "dir"))
    var indicators: String?

    /// One file's result in the corpus document schema.
    /// Beside the schema's fields: the bulletin's id (SHA-256 of its bytes), the extractor
    /// version, the provenance every figure shares with its bulletin, and its title and subject;
    /// under `unclassified` the numbers with a unit that no indicator took, and the figures held
    /// back because the text never states their period or place (with their `indicator`;
    /// scorers ignore extra keys).
    /// `published` is `YYYY-MM-DD`, or `YYYY-MM` when only the month is known, as in the gold files.
    struct Document: Encodable {
        var file: String
        var sha256: String
        var extractorVersion: String
        var published: String?
        var title: String?
        var subject: String?
        var figures: [Figure]
        var unclassified: [UnclassifiedMention]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(sha256, forKey: .sha256)
            try c.encode(extractorVersion, forKey: .extractorVersion)
            try c.encode(published, forKey: .published)  // explicit null when unknown
            try c.encode(title, forKey: .title)
            try c.encode(subject, forKey: .subject)
            try c.encode(figures, forKey: .figures)
            try c.encode(unclassified, forKey: .unclassified)
        }

        enum CodingKeys: String, CodingKey {
            case file, sha256, published, title, subject, figures, unclassified, extractorVersion
        }
    }

    /// The context given by `--meta` and `--source-url` (which wins over the sidecar's URL).
    private func context() throws -> DocumentContext {
        var context = DocumentContext()
        if let meta {
            guard let data = FileManager.default.contents(atPath: meta) else {
                throw ValidationError("cannot read the sidecar \(meta)")
            }
            do {
                context = try DocumentContext.sidecar([UInt8](data))
            } catch {
                throw ValidationError("\(meta): \(error)")
            }
        }
        if let sourceURL {
            guard DocumentContext.host(of: sourceURL) != nil else {
                throw ValidationError("--source-url must be an http:// or https:// URL with a host, got '\(sourceURL)'")
            }
            context.sourceURL = sourceURL
        }
        return context
    }

    func run() throws {
        var extractor = BulletinExtractor()
        if let indicators {
            do {
                extractor = BulletinExtractor(catalogue: try IndicatorFolder(path: indicators).load())
            } catch {
                Self.write("pubstatctl: \(error)\n", to: .standardError)
                throw ExitCode(65)  // EX_DATAERR: the indicator files need fixing
            }
        }
        let context = try context()
        var documents: [Document] = []
        var failures = 0
        for path in files {
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard let data = FileManager.default.contents(atPath: path) else {
                Self.write("pubstatctl: \(path): cannot read the file\n", to: .standardError)
                failures += 1
                continue
            }
            do {
                let bytes = [UInt8](data)
                let result = try extractor.extract(bytes: bytes, fileName: name, context: context)
                documents.append(Document(
                    file: name, sha256: BulletinID.of(bytes).rawValue, extractorVersion: extractor.version,
                    published: result.published?.description ?? result.publishedMonth?.description,
                    title: result.title, subject: result.subject?.description, figures: result.figures,
                    unclassified: result.unclassified
                ))
                if !json { Self.write(table(name, result), to: .standardOutput) }
            } catch {
                Self.write("pubstatctl: \(path): rejected (\(error.code.rawValue)): \(error.reason)\n", to: .standardError)
                failures += 1
            }
        }
        if json {
            Self.write(String(decoding: try APIJSON.encoder().encode(documents), as: UTF8.self) + "\n", to: .standardOutput)
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// A readable table of one bulletin's figures.
    private func table(_ name: String, _ result: ExtractedBulletin) -> String {
        let published = result.published?.description ?? result.publishedMonth?.description ?? "unknown"
        var out = "\(name)  published \(published)  subject \(result.subject?.description ?? "unknown")\n"
        if let title = result.title { out += "  \(title)\n" }
        for figure in result.figures {
            out += "  \(figure.summary)\n"
        }
        if result.figures.isEmpty { out += "  (no figures)\n" }
        if !result.unclassified.isEmpty {
            out += "  unclassified (numbers no indicator took):\n"
            for m in result.unclassified {
                let quote = m.quote.split(whereSeparator: \.isNewline).joined(separator: " ")
                out += "    \(m.text)  \(m.unit.rawValue)  \(m.period?.description ?? "")  \(quote.count > 100 ? String(quote.prefix(99)) + "…" : quote)\n"
            }
        }
        return out
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
