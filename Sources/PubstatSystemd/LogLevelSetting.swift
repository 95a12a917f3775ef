import Logging
import Synchronization

/// A log level shared by every handler ``PubstatLogging`` installs, so a reload can change it at run time.
///
/// A logger whose `logLevel` is set explicitly keeps that level instead.
public final class LogLevelSetting: Sendable {
    private let rawLevel: Atomic<Int>

    public init(_ level: Logger.Level) {
        rawLevel = Atomic(Self.index(of: level))
    }

    public var level: Logger.Level {
        get { Logger.Level.allCases[rawLevel.load(ordering: .relaxed)] }
        set { rawLevel.store(Self.index(of: newValue), ordering: .relaxed) }
    }

    private static func index(of level: Logger.Level) -> Int {
        Logger.Level.allCases.firstIndex(of: level) ?? 0
    }
}
