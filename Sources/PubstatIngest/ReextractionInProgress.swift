import PubstatModel

/// A re-extraction was asked for while another one runs. Re-extractions do not pile up: the
/// second is refused at once (the API answers 409), since the running one already reads every
/// bulletin with the current extractor.
public struct ReextractionInProgress: Error, Sendable, CustomStringConvertible {
    /// Who asked for the running one, and when it started.
    public typealias Running = AdminJobRun

    public var running: Running

    public var description: String {
        "a re-extraction is already running (\(running.started)); it reads every stored bulletin "
            + "with the current extractor and logs its counts when done (journalctl -u pubstatd): ask again only after it, if at all"
    }
}
