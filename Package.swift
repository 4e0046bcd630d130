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
      plugins: ["EmbedAssets"]
    ),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Build-time helper: turns `assets/` into Swift source so the binary needs no files beside it.
    .executableTarget(name: "AssetEmbedder"),
    // `swift run -c release GraphLayoutBenchmark`: layout times on seeded random graphs.
    .executableTarget(name: "GraphLayoutBenchmark", dependencies: ["DossierKit"]),
    .plugin(
      name: "EmbedAssets",
      capability: .buildTool(),
      dependencies: ["AssetEmbedder"]
    ),
    .testTarget(
      name: "DossierKitTests",
      dependencies: ["DossierKit"]
    ),
  ]
)
