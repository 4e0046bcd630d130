/// Where a claim is: an article, a sentence index and the sentence's text. The index alone would
/// go stale when cleaning or splitting rules change and an article is re-analysed; keeping the
/// quote lets a judgement find its sentence again (as annotation tools anchor on quotes), and
/// notice when the sentence is gone rather than silently point at a different one.
public struct ClaimAnchor: Sendable, Hashable, Codable {
  /// The article id.
  public var article: String
  /// Index into the article's sentences at the time of judging.
  public var sentence: Int
  /// The sentence text: the quote that identifies the claim.
  public var text: String

  public init(article: String, sentence: Int, text: String) {
    self.article = article
    self.sentence = sentence
    self.text = text
  }

  /// Re-anchors against the article's current sentences: the same index if its text still
  /// matches (compared with whitespace collapsed, since re-wrapping a paragraph must not orphan
  /// a judgement), else the index of the sentence with the same text (nearest to the old index
  /// if several, the earlier on a tie), else nil.
  public func resolve(in sentences: [String]) -> Int? {
    let quote = text.collapsingWhitespace()
    if sentences.indices.contains(sentence), sentences[sentence].collapsingWhitespace() == quote {
      return sentence
    }
    var best: Int?
    for (index, candidate) in sentences.enumerated()
    where candidate.collapsingWhitespace() == quote {
      if best.map({ abs(index - sentence) < abs($0 - sentence) }) ?? true { best = index }
    }
    return best
  }

  /// What identifies the claim regardless of its position: the article and the quote.
  var identity: [String] { [article, text.collapsingWhitespace()] }
}
