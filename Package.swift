// swift-tools-version: 6.1
import PackageDescription

// One library module per pipeline stage, plus storage, output and the thin `dossier` executable.
// Stages depend only on the model and on earlier stages; I/O stays in Ingest, Store and the CLI.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierPipeline", targets: ["DossierPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // Only the Hummingbird product is used: its TLS, HTTP/2 and client targets are never built.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        // Already in the graph through Hummingbird; named because DossierServe logs through it.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // libpq for the PostgreSQL engine (DossierPostgres): a system library, not PostgresNIO,
        // whose BoringSSL build would add minutes to every clean build (docs/postgres.md).
        .systemLibrary(
            name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libdeflate for gzip files read whole (pages): twice zlib's speed; zlib streams the rest.
        .systemLibrary(
            name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),
        // libcurl for fetching URLs; C only because curl_easy_setopt is variadic.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
        .target(name: "DossierModel"),
        // Text formats both ingest and clean read: charsets, dates as written, outlets from URLs,
        // byline lines, HTML as blocks of text (pages, and feed items' markup). Below both, so
        // ingest needs nothing of the clean stage.
        .target(name: "DossierText", dependencies: ["DossierModel", "CLibXML2"]),
        // A cache prefetch hint for the entity tagger's weight lookups (Swift has no spelling for one).
        .target(name: "CPrefetch"),
        .target(
            name: "DossierLanguage", dependencies: ["DossierModel", "CPrefetch"],
            resources: [
                .copy("Resources/entities.bin"), .copy("Resources/gazetteers.txt"),
            ]),
        // Rebuilding the entity tagger's weights (`dossier train-entities`): the corpus readers, word
        // clusters and the perceptron. Apart from the runtime, which only loads and tags.
        .target(name: "DossierTraining", dependencies: ["DossierModel", "DossierLanguage"]),
        .target(
            name: "DossierIngest",
            dependencies: ["DossierModel", "DossierText", "CZlib", "CLibDeflate", "CLibXML2", "CCurl"]),
        .target(
            name: "DossierClean", dependencies: ["DossierModel", "DossierText"],
            resources: [.copy("Resources/chrome.bin")]),
        .target(name: "DossierLinking", dependencies: ["DossierModel"]),
        .target(name: "DossierOutput", dependencies: ["DossierModel"]),
        .target(
            name: "DossierStore",
            dependencies: [
                "DossierModel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(name: "DossierPostgres", dependencies: ["DossierModel", "DossierStore", "CLibPQ"]),
        .target(
            name: "DossierServe",
            dependencies: [
                "DossierModel", "DossierStore", "DossierLinking", "DossierOutput", "DossierPipeline", "DossierIngest",
                "DossierWatch", "DossierText", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "DossierWatch",
            dependencies: [
                "DossierModel", "DossierIngest", "DossierText", "DossierStore", "DossierLinking", "DossierOutput",
                "DossierPipeline",
            ]),
        .target(
            name: "DossierPipeline",
            dependencies: ["DossierModel", "DossierIngest", "DossierClean", "DossierLanguage"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierPipeline", "DossierStore", "DossierOutput", "DossierModel", "DossierLanguage", "DossierIngest",
                "DossierClean", "DossierText", "DossierLinking", "DossierServe", "DossierPostgres", "DossierWatch",
                "DossierTraining", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Fuzzing: the targets as a library (the regression tests replay through it), and the
        // executable scripts/fuzz builds with libFuzzer (or runs as a replayer).
        .target(
            name: "DossierFuzzTargets",
            dependencies: [
                "DossierPipeline", "DossierIngest", "DossierClean", "DossierLanguage", "DossierModel",
            ]),
        .executableTarget(name: "dossier-fuzz", dependencies: ["DossierFuzzTargets"]),
        .executableTarget(
            name: "dossier-bench",
            dependencies: [
                "DossierModel", "DossierLinking", "DossierLanguage", "DossierIngest", "DossierClean", "DossierText",
                "DossierTraining",
            ]),
        // What several test suites share: the loopback HTTP server of the fetch and watcher tests.
        .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
        // The PostgreSQL test server and a fresh schema per test, for the store, watcher and server tests.
        .target(
            name: "DossierPostgresTestSupport", dependencies: ["CLibPQ"],
            path: "Tests/DossierPostgresTestSupport"),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(
            name: "DossierIngestTests",
            dependencies: ["DossierIngest", "DossierClean", "DossierText", "DossierModel", "DossierTestSupport"]),
        .testTarget(name: "DossierCleanTests", dependencies: ["DossierClean", "DossierText", "DossierModel"]),
        .testTarget(name: "DossierLanguageTests", dependencies: ["DossierLanguage", "DossierModel"]),
        .testTarget(
            name: "DossierTrainingTests", dependencies: ["DossierTraining", "DossierLanguage", "DossierModel"]),
        .testTarget(name: "DossierLinkingTests", dependencies: ["DossierLinking", "DossierLanguage", "DossierModel"]),
        .testTarget(
            name: "DossierServeTests",
            dependencies: [
                "DossierServe", "DossierStore", "DossierModel", "DossierPostgres", "DossierPostgresTestSupport",
            ]),
        .testTarget(
            name: "DossierWatchTests",
            dependencies: [
                "DossierWatch", "DossierStore", "DossierModel", "DossierIngest", "DossierPipeline", "DossierOutput",
                "DossierTestSupport", "DossierPostgres", "DossierPostgresTestSupport",
            ]),
        // `dossier` is not imported: the tests run the binary, so it must be built first.
        .testTarget(
            name: "DossierEndToEndTests",
            dependencies: [
                "DossierPipeline", "DossierStore", "DossierModel", "DossierIngest", "DossierFuzzTargets", "dossier",
                "DossierPostgres", "DossierPostgresTestSupport", "DossierOutput",
                // Builds a store as an older release left it, to check the migrations.
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)
