/// The optional YAML front matter of an article file. Only flat `key: value` pairs are read:
/// that is all the supported keys need, and it keeps a YAML library out of the model.
public struct FrontMatter: Sendable, Hashable {
  public var title: String?
  public var byline: String?
  public var outlet: String?
  public var published: String?
  public var url: String?

  public init(
    title: String? = nil, byline: String? = nil, outlet: String? = nil, published: String? = nil,
    url: String? = nil
  ) {
    self.title = title
    self.byline = byline
    self.outlet = outlet
    self.published = published
    self.url = url
  }

  /// The result of looking for front matter at the top of a file.
  public struct Parsed: Sendable {
    public var frontMatter: FrontMatter
    /// The text after the closing `---`, or the whole text when there was none.
    public var body: String
    /// Lines consumed by the front matter block, including both fences.
    public var lineCount: Int
    /// A problem worth a warning (unclosed block, lines that are not `key: value`).
    public var problem: String?
  }

  /// Splits `---`-fenced front matter from the body. An unclosed or malformed block is kept as
  /// body text and reported, so no text is lost to a typo.
  public static func parse(_ text: String) -> Parsed {
    // Most files have no front matter: look at the start of the first line (never all of it:
    // it may be a 6 MB line) before splitting the text into lines.
    let fence = text.drop { $0.isWhitespace && $0 != "\n" }
    guard fence.hasPrefix("---"),
      fence.dropFirst(3).first(where: { !$0.isWhitespace || $0 == "\n" }) ?? "\n" == "\n"
    else {
      return Parsed(frontMatter: .init(), body: text, lineCount: 0, problem: nil)
    }
    let lines = text.lineSplit()
    guard
      let close = lines.indices.dropFirst().first(where: {
        let line = lines[$0].trimmingWhitespace()
        return line == "---" || line == "..."
      })
    else {
      return Parsed(
        frontMatter: .init(), body: text, lineCount: 0,
        problem: "front matter starts with --- but is never closed; read as text")
    }
    var matter = FrontMatter()
    var unreadable = 0
    for line in lines[1..<close] {
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = trimmed.firstIndex(of: ":") else {
        unreadable += 1
        continue
      }
      let key = trimmed[..<colon].trimmingWhitespace().lowercased()
      let value = unquote(trimmed[trimmed.index(after: colon)...].trimmingWhitespace())
      guard !value.isEmpty else { continue }
      switch key {
      case "title": matter.title = value
      case "byline", "author", "authors": matter.byline = value
      case "outlet", "publication", "source": matter.outlet = value
      case "published", "date": matter.published = value
      case "url", "link": matter.url = value
      default: break
      }
    }
    let body = lines[(close + 1)...].joined(separator: "\n")
    let problem =
      unreadable > 0 ? "\(unreadable) front matter line(s) are not `key: value`; ignored" : nil
    return Parsed(frontMatter: matter, body: body, lineCount: close + 1, problem: problem)
  }

  private static func unquote(_ value: String) -> String {
    for quote in ["\"", "'"]
    where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
      return String(value.dropFirst().dropLast())
    }
    return value
  }
}
