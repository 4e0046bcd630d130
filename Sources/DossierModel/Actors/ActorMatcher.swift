/// Finds gazetteer actors in text in one left-to-right pass over a trie of alias tokens, taking
/// the longest alias at each position ("Bosnia and Herzegovina" over "Bosnia"). Aliases are at
/// most a few tokens long, so the pass is linear in the length of the text.
public struct ActorMatcher: Sendable {
  /// One alias ending at a trie node; several can share a node when they differ only in case.
  private struct Entry: Sendable {
    var tokens: [String]
    var actorID: String
  }

  private struct Node: Sendable {
    var children: [String: Int] = [:]
    var entries: [Entry] = []
  }

  private var nodes = [Node()]
  private let tokenizer: WordTokenizer

  public init(gazetteer: Gazetteer, folding: AsciiFolding = .standard) {
    tokenizer = WordTokenizer(folding: folding)
    for actor in gazetteer.actors {
      for form in actor.surfaceForms {
        for pattern in tokenizer.patterns(for: form) where pattern.first?.isWord == true {
          insert(pattern, actorID: actor.id)
        }
      }
    }
  }

  private mutating func insert(_ pattern: [WordTokenizer.Token], actorID: String) {
    var node = 0
    for token in pattern {
      if let next = nodes[node].children[token.key] {
        node = next
      } else {
        nodes.append(Node())
        nodes[node].children[token.key] = nodes.count - 1
        node = nodes.count - 1
      }
    }
    let tokens = pattern.map(\.folded)
    if !nodes[node].entries.contains(where: { $0.tokens == tokens }) {
      nodes[node].entries.append(Entry(tokens: tokens, actorID: actorID))
    }
  }

  /// Every actor named in `text`, by position, never overlapping. A match covers whole words
  /// only, without a leading "the" or a trailing possessive ("Iran" in "Iran’s").
  public func matches(in text: String) -> [ActorMatch] {
    matches(in: text, tokens: tokenizer.tokens(in: text))
  }

  /// `matches(in:)` for a text already split by `WordTokenizer(folding: .standard)`.
  func matches(in text: String, tokens: [WordTokenizer.Token]) -> [ActorMatch] {
    let utf8 = Array(text.utf8)
    var matches: [ActorMatch] = []
    var start = 0
    while start < tokens.count {
      guard tokens[start].isWord, let (end, actorID) = longestMatch(from: start, in: tokens) else {
        start += 1
        continue
      }
      let range = tokens[start].utf8Range.lowerBound..<tokens[end - 1].utf8Range.upperBound
      matches.append(
        ActorMatch(
          actorID: actorID, text: String(decoding: utf8[range], as: UTF8.self), utf8Range: range))
      start = end
    }
    return matches
  }

  /// The end (exclusive token index) and actor of the longest alias starting at `start` whose
  /// case fits the text.
  private func longestMatch(from start: Int, in tokens: [WordTokenizer.Token]) -> (Int, String)? {
    var node = 0
    var best: (Int, String)?
    var end = start
    while end < tokens.count, let next = nodes[node].children[tokens[end].key] {
      node = next
      end += 1
      let entry = nodes[node].entries.first { entry in
        zip(entry.tokens, tokens[start..<end]).allSatisfy {
          WordTokenizer.accepts(surface: $1.folded, for: $0)
        }
      }
      if let entry { best = (end, entry.actorID) }
    }
    return best
  }
}
