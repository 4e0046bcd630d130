/// One sentence a search found.
public struct SearchHit: Sendable, Hashable {
  /// The article's id.
  public var article: String
  public var sentence: Int
  public var text: String
  /// Where the query's words are in `text`, as UTF-8 offsets.
  public var ranges: [Range<Int>]
  /// Higher is better (BM25: rarer words, shorter sentences).
  public var score: Double

  public init(article: String, sentence: Int, text: String, ranges: [Range<Int>], score: Double) {
    self.article = article
    self.sentence = sentence
    self.text = text
    self.ranges = ranges
    self.score = score
  }
}
