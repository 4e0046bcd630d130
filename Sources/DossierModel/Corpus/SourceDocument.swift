/// One article file as read from disk (or from the bundled dossier), before cleaning.
public struct SourceDocument: Sendable, Hashable {
  /// Path relative to the corpus folder, with `/` separators; the article id derives from it.
  public var path: String
  /// The decoded text with line endings normalised to `\n` and any byte-order mark dropped.
  public var text: String
  /// Metadata from YAML front matter, when the file has it.
  public var frontMatter: FrontMatter
  /// Number of lines the front matter occupied, so removed-line numbers match the file.
  public var bodyLineOffset: Int

  public init(
    path: String, text: String, frontMatter: FrontMatter = .init(), bodyLineOffset: Int = 0
  ) {
    self.path = path
    self.text = text
    self.frontMatter = frontMatter
    self.bodyLineOffset = bodyLineOffset
  }

  /// The article id: the relative path without its extension ("iran/2023/analysis.md" → "iran/2023/analysis").
  public var articleID: String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
    return String(path.dropLast(name.distance(from: dot, to: name.endIndex)))
  }
}
