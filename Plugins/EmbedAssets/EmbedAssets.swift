import Foundation
import PackagePlugin

/// Compiles every file under the package's `assets/` folder into the target as Swift source,
/// so a binary copied alone to another machine still has the bundled dossier and vocabularies.
@main
struct EmbedAssets: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let assets = context.package.directoryURL.appending(path: "assets")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
    let inputs = Self.files(under: assets)
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) asset files",
        executable: try context.tool(named: "AssetEmbedder").url,
        arguments: [assets.path(percentEncoded: false), output.path(percentEncoded: false)],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  /// Regular, non-hidden files, so that adding or editing an asset re-runs the embedder.
  static func files(under root: URL) -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var found: [URL] = []
    for case let url as URL in walker {
      if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        found.append(url)
      }
    }
    return found.sorted { $0.path < $1.path }
  }
}
