// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets over pubstat's pure cores. Built only by scripts/fuzz.sh, which passes
// -sanitize=fuzzer,address to every Swift module so the code under test is instrumented.
// Each target's main hands its test function to libFuzzer's driver (LLVMFuzzerRunDriver).
let fuzzTarget: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "pubstat-fuzz",
    dependencies: [
        .package(name: "pubstat", path: ".."),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Hands a test function to libFuzzer's driver.
        .target(name: "FuzzDriver", swiftSettings: fuzzTarget),
        // Any bytes as a dropped bulletin: decoding, repair, context, extraction.
        .executableTarget(name: "fuzz-extract", dependencies: [.product(name: "PubstatCores", package: "pubstat"), "FuzzDriver"], swiftSettings: fuzzTarget),
        // Any bytes as an event's JSON: the hand-written reader.
        .executableTarget(name: "fuzz-event", dependencies: [.product(name: "PubstatCores", package: "pubstat"), "FuzzDriver"], swiftSettings: fuzzTarget),
        // Any bytes as a log segment: scanning, verification, recovery and replay.
        .executableTarget(name: "fuzz-log", dependencies: [.product(name: "PubstatCores", package: "pubstat"), "FuzzDriver"], swiftSettings: fuzzTarget),
        // Any bytes as what a client sends on an API connection: pubstatd's HTTP/1 pipeline and
        // router on an in-memory channel, over a read model of a few invented bulletins.
        .executableTarget(
            name: "fuzz-http",
            dependencies: [
                .product(name: "PubstatCores", package: "pubstat"), .product(name: "PubstatServing", package: "pubstat"), "FuzzDriver",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: fuzzTarget),
    ]
)
