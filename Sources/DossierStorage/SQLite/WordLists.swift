import DossierModel

/// The common words' shortest sentences (tables `word`, `word_group` and `word_sentence`).
///
/// BM25 scores a lone word's match by two numbers only: how many times the sentence holds the
/// word, and the sentence's length (the IDF and the average length are the same for every
/// match). Among the sentences holding it the same number of times (a group), a shorter one
/// always ranks higher, and of two as long, the lower rowid. So the best `limit` matches are
/// among each group's `limit` shortest, whatever the average length has become: a search for
/// "Belgrade" ranks a few hundred of them instead of scoring 55,000 matches.
///
/// A group keeps every sentence of its count up to its bound, or all of them when it has no
/// bound. Added sentences under the bound join it, removed ones leave it; a group left with
/// too few, or grown too large, is listed again from FTS5's postings.
struct WordListLimits: Sendable {
  /// A word gets lists when the lists are made if at least this many sentences hold it (fewer
  /// are scored in well under a millisecond).
  var commonSentences = 1_000
  /// The shortest sentences kept per group when a word is listed: a search for more hits
  /// than a group holds scores every match instead.
  var kept = 100
  /// The lists are made again from scratch when more sentences than this share of the index
  /// were added or removed since they were made (cheaper than following each one).
  var remakeShare = 0.1
}

/// The shortest sentences of one group, offered one by one: at most `kept`.
struct ShortestSentences {
  /// Ordered shortest first, then by rowid.
  struct Entry: Comparable, Sendable {
    var length: Int
    var sentence: Int

    static func < (a: Entry, b: Entry) -> Bool {
      (a.length, a.sentence) < (b.length, b.sentence)
    }
  }

  private var kept: SmallestKept<Entry>
  /// How many sentences were offered.
  private(set) var offered = 0

  init(kept: Int) {
    self.kept = SmallestKept(limit: max(1, kept))
  }

  /// The group's bound: the longest kept, when some were left out; nil when all are kept.
  var bound: Entry? { offered > kept.count ? kept.largest : nil }
  /// The kept sentences, shortest first.
  var sentences: [Entry] { kept.sorted }

  mutating func offer(_ entry: Entry) {
    offered += 1
    kept.offer(entry)
  }
}

/// A sentence added to the full-text index or removed from it, with its terms as FTS5 reads
/// them, for the word lists to follow at the end of the transaction.
struct WordChange {
  var sentence: Int
  var added: Bool
  var terms: FullTextTokenizer.Terms
}
