import DossierKit
import Foundation

/// The bundled articles by number ("000" … "004"), cleaned, split and analysed once per process.
enum Seeds {
  static let dossier: Dossier = DossierAnalyzer().analyse(CorpusLoader().loadBundled())

  static func article(_ prefix: String) -> Article {
    guard let article = dossier.article(matching: prefix) else {
      fatalError("no bundled article \(prefix)")
    }
    return article
  }

  /// The repository folder, for tests that compare against files in it.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// A temporary folder removed when the value is released.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dossier-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var path: String { url.path }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ relative: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }
}
