import DossierModel
import Foundation

/// The bundled articles by number ("000" … "004"), cleaned, split and analysed once per process.
public enum Seeds {
  public static let dossier: Dossier = DossierAnalyzer().analyse(CorpusLoader().loadBundled())

  public static func article(_ prefix: String) -> Article {
    guard let article = dossier.article(matching: prefix) else {
      fatalError("no bundled article \(prefix)")
    }
    return article
  }

  /// The repository folder, for tests that compare against files in it.
  public static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// A temporary folder removed when the value is released.
public final class TemporaryFolder {
  public let url: URL

  public init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dossier-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  public var path: String { url.path }

  @discardableResult
  public func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, bytes: Array(text.utf8))
  }

  @discardableResult
  public func write(_ relative: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }
}

/// Analyses articles written in the test: file name → text.
public func analyse(_ articles: [String: String]) throws -> Dossier {
  let folder = try TemporaryFolder()
  for (name, text) in articles { try folder.write(name, text) }
  return DossierAnalyzer().analyse(try CorpusLoader().load(path: folder.path))
}

/// One article per sentence, named a.txt, b.txt, …, each with its title: claims of different
/// articles, for the linker.
public func dossier(ofSentences sentences: [String]) throws -> Dossier {
  var files: [String: String] = [:]
  for (index, sentence) in sentences.enumerated() {
    let name = String(UnicodeScalar(UInt8(97 + index))) + ".txt"
    files[name] = "Article \(index + 1) On The Story\n\n\(sentence)\n"
  }
  return try analyse(files)
}

/// The link between the first claims of two articles, or nil.
public func link(between a: String, _ b: String, in dossier: Dossier) -> CrossReference? {
  guard let x = dossier.claims.first(where: { $0.article == a }),
    let y = dossier.claims.first(where: { $0.article == b })
  else { return nil }
  return dossier.links.first { Set([$0.from, $0.to]) == Set([x.id, y.id]) }
}

/// The claims of one article made of the given paragraphs, under a title.
public func claims(of paragraphs: String...) throws -> [Claim] {
  try analyse(["a.txt": "A Title For The Test\n\n" + paragraphs.joined(separator: "\n\n") + "\n"])
    .claims
}
