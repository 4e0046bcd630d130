#if canImport(Glibc)
  import Glibc  // log
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `Comparison` reads of one claim's terms in every pair it is in, worked out once per
/// claim: its TF-IDF vector (sorted by interned key, so a dot product is one merge) and its
/// terms in the order reasons list shared words. A class: every comparison holds two, and a
/// reference costs one retain where these arrays cost four.
final class ProfileFeatures: Sendable {
  /// Term key ids, ascending, and their TF-IDF weights.
  let termIDs: [Int32]
  let termWeights: [Double]
  /// The vector's Euclidean length.
  let norm: Double
  /// Terms with a surface form (key id and index in the profile's terms), rarest first, then
  /// alphabetical: the order of "shared words".
  let rarestTerms: [(id: Int32, term: Int32)]
  /// By field (raw value), the event, weapon and number keys rare enough to say "the same
  /// event", not just "the same topic". A key in at most three claims always is: in a small
  /// dossier every key is in most claims.
  let specific: [Set<String>]

  init(_ profile: ClaimProfile, index: InvertedIndex, specificShare: Double) {
    var specific = [Set<String>](repeating: [], count: ClaimProfile.Field.allCases.count)
    let keys: [(ClaimProfile.Field, [String])] = [
      (.event, profile.events.map(\.key)), (.weapon, profile.weapons),
      (.number, profile.quantities.map(\.value)),
    ]
    for (field, values) in keys {
      specific[field.rawValue] = Set(
        values.filter {
          index.count(field, $0) <= 3 || index.share(field, $0) <= specificShare
        })
    }
    self.specific = specific
    var vector: [(id: Int32, weight: Double)] = []
    vector.reserveCapacity(profile.terms.count)
    var counted: [(id: Int32, term: Int32, count: Int)] = []
    for (position, term) in profile.terms.enumerated() {
      let id = index.ids[InvertedIndex.key(.term, term.stem)]!
      vector.append((id, (1 + log(Double(term.count))) * index.idf(id: id)))
      if term.surface != nil { counted.append((id, Int32(position), index.counts[Int(id)])) }
    }
    vector.sort { $0.id < $1.id }
    termIDs = vector.map(\.id)
    termWeights = vector.map(\.weight)
    norm = termWeights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    // Fewer claims means a higher IDF: rarest first is highest IDF first.
    // Terms are sorted by stem, so position order is alphabetical order.
    rarestTerms = counted.sorted { ($0.count, $0.term) < ($1.count, $1.term) }.map {
      (id: $0.id, term: $0.term)
    }
  }

  /// Whether the claim has the term with key id `id`.
  func hasTerm(_ id: Int32) -> Bool {
    var (low, high) = (0, termIDs.count)
    while low < high {
      let middle = (low + high) / 2
      if termIDs[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low < termIDs.count && termIDs[low] == id
  }

  /// Cosine similarity of two claims' TF-IDF vectors.
  func cosine(_ other: ProfileFeatures) -> Double {
    var dot = 0.0
    var (i, j) = (0, 0)
    while i < termIDs.count, j < other.termIDs.count {
      let (x, y) = (termIDs[i], other.termIDs[j])
      if x == y {
        dot += termWeights[i] * other.termWeights[j]
        i += 1
        j += 1
      } else if x < y {
        i += 1
      } else {
        j += 1
      }
    }
    let norms = norm * other.norm
    return norms > 0 ? dot / norms : 0
  }
}
