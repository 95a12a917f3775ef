import PubstatDaemon
import Testing

@Suite struct ConfigurationTests {
    @Test func defaultsLiveUnderVar() throws {
        let c = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: [:], configFile: nil)
        #expect(c.inbox == "var/inbox" && c.processed == "var/processed" && c.failed == "var/failed")
        #expect(c.state == "var/state" && c.socket == "var/pubstatd.sock")
        #expect(c.settle == .seconds(1) && c.rescanInterval == .seconds(30))
    }

    @Test func flagsBeatEnvironmentWhichBeatsTheFile() throws {
        let c = try DaemonConfiguration.resolve(
            flags: [.inbox: "/flag/inbox"],
            environment: ["PUBSTAT_INBOX": "/env/inbox", "PUBSTAT_RESCAN_INTERVAL": "7", "PUBSTAT_ROOT": "/srv/p"],
            fileValues: ["inbox": "/file/inbox", "rescan-interval": "9", "settle": "2.5"],
            configFile: "/etc/pubstat/pubstatd.conf"
        )
        #expect(c.inbox == "/flag/inbox")
        #expect(c.rescanInterval == .seconds(7))
        #expect(c.settle == .milliseconds(2500))
        #expect(c.failed == "/srv/p/failed")
    }

    @Test func connectionLimitsHaveDefaultsAndKeys() throws {
        let defaults = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: [:], configFile: nil)
        #expect(defaults.maxConnections == DaemonConfiguration.Defaults.maxConnections)
        #expect(defaults.headerTimeout == .seconds(10) && defaults.idleTimeout == .seconds(60))
        let set = try DaemonConfiguration.resolve(
            flags: [.maxConnections: "64"], environment: ["PUBSTAT_HEADER_TIMEOUT": "2.5"], fileValues: ["idle-timeout": "30"],
            configFile: "pubstatd.conf")
        #expect(set.maxConnections == 64 && set.headerTimeout == .milliseconds(2500) && set.idleTimeout == .seconds(30))
        #expect(set.needsRestart(comparedWith: defaults) == ["max-connections", "header-timeout", "idle-timeout"])
        #expect(throws: ConfigurationError.self) {
            try DaemonConfiguration.resolve(flags: [.maxConnections: "0"], environment: [:], fileValues: [:], configFile: nil)
        }
    }

    @Test func intakeBatchBytesHasADefaultAKeyAndAFloor() throws {
        let defaults = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: [:], configFile: nil)
        #expect(defaults.intakeBatchBytes == 32 << 20)
        let set = try DaemonConfiguration.resolve(flags: [:], environment: ["PUBSTAT_INTAKE_BATCH_BYTES": "8388608"], fileValues: [:], configFile: nil)
        #expect(set.intakeBatchBytes == 8 << 20)
        #expect(set.needsRestart(comparedWith: defaults) == ["intake-batch-bytes"])
        #expect(throws: ConfigurationError.invalidValue(key: "intake-batch-bytes", value: "4096", expected: "a size in bytes of at least 1048576", source: "pubstatd.conf")) {
            try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: ["intake-batch-bytes": "4096"], configFile: "pubstatd.conf")
        }
    }

    @Test func intakeNiceHasADefaultAKeyAndARange() throws {
        let defaults = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: [:], configFile: nil)
        #expect(defaults.intakeNice == DaemonConfiguration.Defaults.intakeNice)
        let set = try DaemonConfiguration.resolve(flags: [:], environment: ["PUBSTAT_INTAKE_NICE": "0"], fileValues: [:], configFile: nil)
        #expect(set.intakeNice == 0)
        #expect(set.needsRestart(comparedWith: defaults) == ["intake-nice"])
        for bad in ["20", "-1", "ten"] {
            #expect(throws: ConfigurationError.invalidValue(key: "intake-nice", value: bad, expected: "a whole number from 0 to 19", source: "pubstatd.conf")) {
                try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: ["intake-nice": bad], configFile: "pubstatd.conf")
            }
        }
    }

    @Test func badValuesNameTheirSource() {
        #expect(throws: ConfigurationError.invalidValue(key: "settle", value: "soon", expected: "a number of seconds", source: "PUBSTAT_SETTLE")) {
            try DaemonConfiguration.resolve(flags: [:], environment: ["PUBSTAT_SETTLE": "soon"], fileValues: [:], configFile: nil)
        }
    }

    @Test func configFileParsesCommentsAndQuotes() throws {
        let values = try ConfigFile.parse("""
        # drop folders
        inbox = "/srv/pubstat/in box"   # quoted
        settle=2

        """, path: "test.conf")
        #expect(values == ["inbox": "/srv/pubstat/in box", "settle": "2"])
    }

    @Test func configFileRejectsUnknownKeysAndGarbage() {
        #expect(throws: ConfigurationError.self) { try ConfigFile.parse("inbx = /x", path: "t.conf") }
        #expect(throws: ConfigurationError.malformedLine(path: "t.conf", line: 2, text: "nonsense")) {
            try ConfigFile.parse("inbox = /x\nnonsense", path: "t.conf")
        }
    }
}

@Suite struct IndicatorsSettingTests {
    @Test func defaultsToTheSystemFolderAndFollowsTheUsualPrecedence() throws {
        let defaults = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: [:], configFile: nil)
        #expect(defaults.indicators == "/etc/pubstat/indicators.d")
        #expect(defaults.indicators == DaemonConfiguration.defaultIndicators)
        let fromFile = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: ["indicators": "/srv/ind"], configFile: "p.conf")
        #expect(fromFile.indicators == "/srv/ind")
        let fromEnvironment = try DaemonConfiguration.resolve(
            flags: [:], environment: ["PUBSTAT_INDICATORS": "/env/ind"], fileValues: ["indicators": "/srv/ind"], configFile: "p.conf")
        #expect(fromEnvironment.indicators == "/env/ind")
        let fromFlag = try DaemonConfiguration.resolve(
            flags: [.indicators: "/flag/ind"], environment: ["PUBSTAT_INDICATORS": "/env/ind"], fileValues: [:], configFile: nil)
        #expect(fromFlag.indicators == "/flag/ind")
    }

    @Test func theFolderIsReloadedNotARestartSetting() throws {
        let running = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: [:], configFile: nil)
        let fresh = try DaemonConfiguration.resolve(flags: [:], environment: [:], fileValues: ["indicators": "/srv/ind"], configFile: "p.conf")
        #expect(fresh.needsRestart(comparedWith: running).isEmpty)
    }
}
