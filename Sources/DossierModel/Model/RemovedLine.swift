/// A line of the source the cleaner left out of the article, with the rule that removed it.
public struct RemovedLine: Sendable, Hashable {
  /// 1-based line number in the source file (after front matter is counted).
  public var line: Int
  public var text: String
  public var reason: RemovalReason

  public init(line: Int, text: String, reason: RemovalReason) {
    self.line = line
    self.text = text
    self.reason = reason
  }
}

/// Why a line is not part of the article. Each case is one cleaning heuristic.
public enum RemovalReason: String, Sendable, Hashable, CaseIterable, Codable {
  /// Not junk: a byline or outlet line read into the article's header ("By …", "Publication: …").
  /// Listed so the exact source line stays reachable.
  case header
  /// A section label above the title ("Security").
  case sectionLabel = "section-label"
  /// A repeated line, such as a photo caption printed twice.
  case duplicate
  /// A photo caption or credit ("… via Reuters.", "… [IRNA]").
  case caption
  /// Site chrome: subscription forms, captcha, "Do you like this article?", share prompts.
  case boilerplate
  /// A table of contents that repeats the section headings.
  case tableOfContents = "table-of-contents"
  /// A list of links unrelated to the article (link farms, "trending" names).
  case linkFarm = "link-farm"
  /// Other sites' headlines or "Recent & Related" lists appended after the article.
  case trailingLinks = "trailing-links"
  /// A call to comment or share addressed to the reader.
  case callToAction = "call-to-action"

  /// Whether the line was page chrome or spam rather than part of the article's header.
  public var isJunk: Bool { self != .header }
}
