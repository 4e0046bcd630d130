// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Dossier",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .library(name: "DossierKit", targets: ["DossierKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The model: corpus loading, cleaning, sentences, actors, export. No terminal I/O.
    .target(
      name: "DossierKit",
      dependencies: ["CSQLite"],
      // SQLite linked in on Linux (its module map names no library): one binary for a server,
      // and no symbol lookups for it at each start.
      linkerSettings: [
        .unsafeFlags(["-Xlinker", "-l:libsqlite3.a"], .when(platforms: [.linux])),
        .linkedLibrary("sqlite3", .when(platforms: [.macOS])),
      ],
      plugins: ["EmbedAssets"]
    ),
    // The system SQLite (with FTS5), for the index: its C API, no wrapper library.
    .systemLibrary(
      name: "CSQLite",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // The explorer: state, update, views into a cell grid; one backend file draws it with ncurses.
    .target(
      name: "DossierTUI",
      dependencies: ["DossierKit", "CNcursesw"],
      // ncursesw linked in on Linux, as SQLite is; it still reads the machine's terminfo.
      linkerSettings: [
        .unsafeFlags(
          ["-Xlinker", "-l:libncursesw.a", "-Xlinker", "-l:libtinfo.a"], .when(platforms: [.linux])),
        .linkedLibrary("ncursesw", .when(platforms: [.macOS])),
      ]
    ),
    // The wide-character ncurses API, with getters for the globals Swift 6 rejects.
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierKit",
        "DossierTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The Swift runtime linked in: the binary starts in 3.5 ms instead of 6 (no dynamic symbol
      // lookups) and runs on a server without Swift. lld, because GNU ld prints a warning of
      // glibc's about FoundationEssentials' use of mktemp. Release only: the tests, which link
      // this target's code with the toolchain's shared Testing, are built in debug.
      linkerSettings: [
        .unsafeFlags(
          ["-static-stdlib", "-use-ld=lld", "-l_FoundationCollections", "-l_FoundationCShims"],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    // Build-time helper: turns `assets/` into Swift source so the binary needs no files beside it.
    .executableTarget(name: "AssetEmbedder"),
    // `swift run -c release GraphLayoutBenchmark`: layout times on seeded random graphs.
    .executableTarget(name: "GraphLayoutBenchmark", dependencies: ["DossierKit"]),
    // `swift run -c release AnalysisBenchmark DIR`: per-stage analysis times for a folder.
    .executableTarget(name: "AnalysisBenchmark", dependencies: ["DossierKit"]),
    // `swift run -c release ExplorerBenchmark`: first frame and per-key time, without a terminal.
    .executableTarget(name: "ExplorerBenchmark", dependencies: ["DossierKit", "DossierTUI"]),
    // `swift run -c release SearchBenchmark DIR`: query latency against an index, in process.
    .executableTarget(name: "SearchBenchmark", dependencies: ["DossierKit"]),
    // libFuzzer harness: a stub unless built by `scripts/fuzz.sh` (-DFUZZING); docs/fuzzing.md.
    .executableTarget(name: "DossierFuzz", dependencies: ["DossierKit", "DossierTUI"]),
    .plugin(
      name: "EmbedAssets",
      capability: .buildTool(),
      dependencies: ["AssetEmbedder"]
    ),
    .testTarget(
      name: "DossierKitTests",
      dependencies: ["DossierKit"]
    ),
    .testTarget(
      name: "DossierCommandTests",
      dependencies: ["dossier"]
    ),
    .testTarget(
      name: "DossierTUITests",
      dependencies: ["DossierKit", "DossierTUI"],
      exclude: ["Snapshots"]
    ),
  ]
)
