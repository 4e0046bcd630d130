// swift-tools-version: 6.0
import PackageDescription

// Which module may use which is the architecture (DESIGN.md, "Modules"): a module that must not
// reach SQLite or ncurses cannot, because it does not depend on them.
//
//   dossier ──► ExplorerCore ──► DossierModel ──► TextGraphLayout ──► TerminalText
//      │  └──► TerminalBackend ──► ExplorerCore, CNcursesw (the one importer of ncurses)
//      └─────► DossierStorage ──► DossierModel, CSQLite (the one importer of SQLite)
// The library modules are compiled for cross-module optimisation in release builds: their small
// functions (a scalar's whitespace test, a heap's sift) are called in the analysis's inner loops
// from other modules, where an opaque call would cost what one module used to inline.
let crossModuleOptimisation: [SwiftSetting] = [
  .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))
]

let package = Package(
  name: "Dossier",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .library(name: "DossierModel", targets: ["DossierModel"]),
    .library(name: "DossierStorage", targets: ["DossierStorage"]),
    .library(name: "TextGraphLayout", targets: ["TextGraphLayout"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
  ],
  targets: [
    // Text as a terminal shows it: display width, wrapping, sanitising. Knows nothing else.
    .target(name: "TerminalText", swiftSettings: crossModuleOptimisation),
    // A text-graph layout engine: a sketch of nodes and labelled edges in, a drawing of
    // box-drawing characters out, by ELK's layered phases. Knows nothing of dossiers.
    .target(
      name: "TextGraphLayout",
      dependencies: [
        "TerminalText",
        .product(name: "HeapModule", package: "swift-collections"),
      ],
      swiftSettings: crossModuleOptimisation
    ),
    // The model: corpus, cleaning, sentences, actors, claims, cross-references, the relation
    // graph and its views, search queries, export, and the pipeline above those stages.
    // Pure Swift: no SQLite, no ncurses. Vocabularies come from `assets/`, embedded.
    .target(
      name: "DossierModel",
      dependencies: ["TerminalText", "TextGraphLayout"],
      swiftSettings: crossModuleOptimisation,
      plugins: ["EmbedAssets"]
    ),
    // The store: the `DossierStore` protocol, the indexer, freshness and watching written
    // against it, the SQLite implementation, and `CorpusSession`, the one policy "a current
    // index, else the files".
    .target(
      name: "DossierStorage",
      dependencies: ["DossierModel", "CSQLite"],
      swiftSettings: crossModuleOptimisation,
      // SQLite linked in on Linux (its module map names no library): one binary for a server,
      // and no symbol lookups for it at each start.
      linkerSettings: [
        .unsafeFlags(["-Xlinker", "-l:libsqlite3.a"], .when(platforms: [.linux])),
        .linkedLibrary("sqlite3", .when(platforms: [.macOS])),
      ]
    ),
    // The system SQLite (with FTS5), for the index: its C API, no wrapper library.
    .systemLibrary(
      name: "CSQLite",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // The explorer: one state, messages in, commands out, views into a cell grid. Reaches the
    // index only through the model's small protocols; never touches the terminal.
    .target(
      name: "ExplorerCore",
      dependencies: ["DossierModel", "TextGraphLayout", "TerminalText"]
    ),
    // The one module that talks to ncurses, and the signals.
    .target(
      name: "TerminalBackend",
      dependencies: ["ExplorerCore", "CNcursesw"],
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
    // The command line: thin commands over the library.
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierModel", "DossierStorage", "ExplorerCore", "TerminalBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The Swift runtime linked in: the binary starts faster (no dynamic symbol lookups) and
      // runs on a server without Swift. lld, because GNU ld prints a warning of glibc's about
      // FoundationEssentials' use of mktemp. Release only: the tests, which link with the
      // toolchain's shared Testing, are built in debug.
      linkerSettings: [
        .unsafeFlags(
          ["-static-stdlib", "-use-ld=lld", "-l_FoundationCollections", "-l_FoundationCShims"],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),

    // Tools: the build's asset embedder, benchmarks, the fuzz harness.
    // Build-time helper: turns `assets/` into Swift source so the binary needs no files beside it.
    .executableTarget(name: "AssetEmbedder", path: "Tools/AssetEmbedder"),
    .plugin(
      name: "EmbedAssets",
      capability: .buildTool(),
      dependencies: ["AssetEmbedder"]
    ),
    // `swift run -c release GraphLayoutBenchmark`: layout times on seeded random graphs.
    .executableTarget(
      name: "GraphLayoutBenchmark", dependencies: ["TextGraphLayout"],
      path: "Tools/GraphLayoutBenchmark"),
    // `swift run -c release AnalysisBenchmark DIR`: per-stage analysis times for a folder.
    .executableTarget(
      name: "AnalysisBenchmark", dependencies: ["DossierModel"], path: "Tools/AnalysisBenchmark"),
    // `swift run -c release ExplorerBenchmark`: first frame and per-key time, without a terminal.
    .executableTarget(
      name: "ExplorerBenchmark", dependencies: ["DossierModel", "DossierStorage", "ExplorerCore"],
      path: "Tools/ExplorerBenchmark"),
    // `swift run -c release SearchBenchmark DIR`: query latency against an index, in process.
    .executableTarget(
      name: "SearchBenchmark", dependencies: ["DossierModel", "DossierStorage"],
      path: "Tools/SearchBenchmark"),
    // `swift run -c release SyntaxTrainer tagger CONLLU OUT`: trains the tagger and parser on a UD
    // treebank and measures them (assets/models/README.md); a dev tool, never run by the build.
    .executableTarget(
      name: "SyntaxTrainer", dependencies: ["DossierModel"], path: "Tools/SyntaxTrainer"),
    // libFuzzer harness: a stub unless built by `scripts/fuzz.sh` (-DFUZZING); docs/fuzzing.md.
    .executableTarget(
      name: "DossierFuzz",
      dependencies: ["TerminalText", "DossierModel", "ExplorerCore"],
      path: "Tools/DossierFuzz"),

    // Tests: one target per module, and what they share.
    .target(
      name: "DossierTestSupport",
      dependencies: ["DossierModel", "TextGraphLayout"],
      path: "Tests/DossierTestSupport"
    ),
    .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
    .testTarget(
      name: "TextGraphLayoutTests", dependencies: ["TextGraphLayout", "DossierTestSupport"]),
    .testTarget(
      name: "DossierModelTests",
      dependencies: ["DossierModel", "TextGraphLayout", "TerminalText", "DossierTestSupport"]),
    .testTarget(
      name: "DossierStorageTests",
      dependencies: ["DossierStorage", "DossierModel", "DossierTestSupport"]),
    .testTarget(
      name: "ExplorerCoreTests",
      dependencies: [
        "ExplorerCore", "DossierModel", "DossierStorage", "TextGraphLayout", "DossierTestSupport",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "TerminalBackendTests", dependencies: ["TerminalBackend", "ExplorerCore", "CNcursesw"]),
  ]
)
