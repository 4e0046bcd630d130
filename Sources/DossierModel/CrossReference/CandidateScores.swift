/// Scratch space for ranking one claim's candidates: a score per claim position and the list of
/// positions touched, so each claim costs what it scans, not a dictionary or a clear of every
/// claim's slot. One per thread, reused claim after claim.
struct CandidateScores {
  /// A claim's score and whether it is in `touched`, side by side: claims are met at random,
  /// and one read of memory per claim met is half the cost of two.
  private struct Slot {
    var score: Double = 0
    var marked = false
  }

  private var slots: [Slot]
  private var touched: [Int32] = []

  init(claims: Int) {
    slots = Array(repeating: Slot(), count: claims)
  }

  mutating func add(_ weight: Double, to position: Int32) {
    let slot = Int(position)
    if !slots[slot].marked {
      slots[slot].marked = true
      touched.append(position)
    }
    slots[slot].score += weight
  }

  /// The `limit` best positions, highest score first, ties by lower position (as a full sort
  /// would give), found in one pass; then clears what was touched.
  mutating func takeBest(_ limit: Int) -> [Int32] {
    var best: [(score: Double, position: Int32)] = []
    best.reserveCapacity(limit + 1)
    func better(_ x: (score: Double, position: Int32), _ y: (score: Double, position: Int32))
      -> Bool
    {
      x.score != y.score ? x.score > y.score : x.position < y.position
    }
    for position in touched {
      let entry = (score: slots[Int(position)].score, position: position)
      slots[Int(position)] = Slot()
      guard limit > 0 else { continue }
      if best.count == limit {
        guard better(entry, best[limit - 1]) else { continue }
        best.removeLast()
      }
      var at = best.count
      while at > 0, better(entry, best[at - 1]) { at -= 1 }
      best.insert(entry, at: at)
    }
    touched.removeAll(keepingCapacity: true)
    return best.map(\.position)
  }
}
