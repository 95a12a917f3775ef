// swift-tools-version:6.1
import PackageDescription

// Data flow, in folder order: a file in the inbox (Ingest) becomes a Bulletin (Model),
// Extraction turns its text into Figures, the Log stores them as Events, Projections fold
// the events, and the Server answers queries over a Unix socket.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "pubstat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pubstatd", targets: ["pubstatd"]),
        .executable(name: "pubstatctl", targets: ["pubstatctl"]),
        // The pure cores, for the fuzz targets in Fuzz/ (a package of their own).
        .library(name: "PubstatCores", targets: ["PubstatModel", "PubstatExtraction", "PubstatLog"]),
        // The API server and the ingest pipeline that feeds its read model, for the fuzz-http target.
        .library(name: "PubstatServing", targets: ["PubstatServer", "PubstatIngest", "PubstatProjections", "PubstatAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // Domain model: bulletin, figure, indicator, quantity, period, jurisdiction, event. No I/O.
        .target(name: "PubstatModel", swiftSettings: strict),
        // Pure extraction: bulletin text in, figures out.
        .target(
            name: "PubstatExtraction",
            dependencies: ["PubstatModel"],
            // the catalogue's source data; the binary embeds it (scripts/gen-catalogue.sh)
            exclude: ["Catalogue/indicators.json", "Catalogue/gazetteer.json", "Catalogue/accents.json", "Catalogue/lunar-new-year.json", "Catalogue/holidays.json"],
            swiftSettings: strict
        ),
        // The one funnel for system calls: retries EINTR, throws errors carrying errno.
        .target(name: "PubstatPosix", swiftSettings: strict),
        // CRC-32C with the SSE4.2 crc32 instruction; PubstatLog falls back to Swift without it.
        .target(name: "CCRC32C"),
        // The append-only, checksummed, hash-chained event log on disk.
        .target(
            name: "PubstatLog",
            dependencies: [
                "PubstatModel", "PubstatPosix", "CCRC32C",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // The API contract: the answers the daemon serves, one file per family, and their JSON style.
        .target(name: "PubstatAPI", dependencies: ["PubstatModel"], swiftSettings: strict),
        // Pure folds of events into query answers.
        .target(name: "PubstatProjections", dependencies: ["PubstatModel", "PubstatAPI"], swiftSettings: strict),
        // libsystemd through pkg-config.
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        // sd_notify, watchdog, listen fds and a journald log handler.
        .target(
            name: "PubstatSystemd",
            dependencies: [
                "CSystemd",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // Drop-folder watcher (inotify) and the ingest pipeline: file -> bulletin -> events -> log.
        .target(
            name: "PubstatIngest",
            dependencies: [
                "PubstatModel", "PubstatExtraction", "PubstatLog", "PubstatProjections", "PubstatPosix",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // Linux's `struct ucred` for SO_PEERCRED, which Swift's Glibc module does not show.
        .target(name: "CPeerCredentials"),
        // HTTP/JSON over a Unix domain socket.
        .target(
            name: "PubstatServer",
            dependencies: [
                "PubstatModel", "PubstatAPI", "PubstatProjections", "PubstatExtraction", "PubstatPosix", "CPeerCredentials",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // the API document; the binary embeds it (scripts/gen-openapi.sh)
            exclude: ["OpenAPI/openapi.json"],
            swiftSettings: strict
        ),
        // HTTP client over a Unix socket, used by pubstatctl and the end-to-end tests.
        .target(
            name: "PubstatClient",
            dependencies: [
                "PubstatModel", "PubstatAPI", "PubstatProjections",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // The daemon's wiring: configuration, start-up replay, services, readiness.
        .target(
            name: "PubstatDaemon",
            dependencies: [
                "PubstatModel", "PubstatLog", "PubstatProjections", "PubstatIngest", "PubstatServer",
                "PubstatSystemd", "PubstatExtraction", "PubstatPosix",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "pubstatd",
            dependencies: [
                "PubstatDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "pubstatctl",
            dependencies: [
                "PubstatModel", "PubstatExtraction", "PubstatLog", "PubstatClient", "PubstatAPI", "PubstatProjections", "PubstatIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Reproducible benchmarks: `swift run -c release pubstat-bench --help`.
        .executableTarget(
            name: "pubstat-bench",
            dependencies: [
                "PubstatModel", "PubstatExtraction", "PubstatLog", "PubstatProjections", "PubstatIngest", "PubstatPosix",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "PubstatModelTests", dependencies: ["PubstatModel", "PubstatTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "PubstatExtractionTests",
            dependencies: ["PubstatExtraction", "PubstatModel"],
            swiftSettings: strict
        ),
        .testTarget(name: "PubstatLogTests", dependencies: ["PubstatLog", "PubstatModel", "PubstatPosix"], swiftSettings: strict),
        .testTarget(
            name: "PubstatProjectionsTests",
            dependencies: ["PubstatProjections", "PubstatModel"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PubstatIngestTests",
            dependencies: [
                "PubstatIngest", "PubstatModel", "PubstatPosix", "PubstatLog", "PubstatProjections", "PubstatExtraction",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PubstatDaemonTests",
            dependencies: [
                "PubstatDaemon",
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PubstatServerTests",
            dependencies: [
                "PubstatServer", "PubstatClient", "PubstatAPI", "PubstatProjections", "PubstatModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "PubstatSystemdTests",
            dependencies: [
                "PubstatSystemd", "PubstatTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // Test helpers shared by test targets (a NOTIFY_SOCKET listener standing in for systemd).
        .target(name: "PubstatTestSupport", path: "Tests/Support", swiftSettings: strict),
        // Starts the real pubstatd and pubstatctl binaries as subprocesses.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["PubstatClient", "PubstatModel", "PubstatProjections", "PubstatTestSupport"],
            swiftSettings: strict
        ),
    ]
)
