import Logging
import PubstatExtraction
import PubstatIngest

/// Where the daemon's indicator catalogue comes from: the built-in catalogue plus the extra
/// files of the `indicators` folder. Loaded at start (an error stops the start), and again on
/// SIGHUP and before every re-extraction; a reload with an error keeps the running catalogue.
actor CatalogueSource {
    private var folder: IndicatorFolder
    private let pipeline: IngestPipeline
    private let logger: Logger

    init(folder: String, pipeline: IngestPipeline, logger: Logger) {
        self.folder = IndicatorFolder(path: folder)
        self.pipeline = pipeline
        self.logger = logger
    }

    /// The extractor for `folder`'s files, or the error naming the file and entry to fix.
    static func extractor(folder: String) throws(CatalogueError) -> BulletinExtractor {
        BulletinExtractor(catalogue: try IndicatorFolder(path: folder).load())
    }

    /// Re-reads the folder (`path`, when the configuration names another one) and hands the
    /// pipeline the new extractor. Throws, and keeps the running catalogue, when a file has an error.
    @discardableResult
    func reload(path: String? = nil) async throws(CatalogueError) -> BulletinExtractor {
        let candidate = path.map(IndicatorFolder.init(path:)) ?? folder
        let extractor = BulletinExtractor(catalogue: try candidate.load())
        folder = candidate
        let previous = await pipeline.extractorInUse.version
        await pipeline.use(extractor)
        if previous != extractor.version {
            logger.notice("indicator catalogue changed", metadata: Self.metadata(extractor, folder: folder.path))
        }
        return extractor
    }

    /// Log metadata describing a catalogue.
    static func metadata(_ extractor: BulletinExtractor, folder: String) -> Logger.Metadata {
        [
            "indicators.folder": "\(folder)", "indicators.files": "\(extractor.catalogue.extraFiles.count)",
            "extractor.version": "\(extractor.version)",
        ]
    }
}
