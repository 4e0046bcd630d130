/// Step 5: routes the segments of one channel (the rows between two layers). A segment whose
/// ends share a column runs straight down; any other drops from its start to a horizontal track,
/// runs along it and drops to its end. Tracks never share a row where their runs come within a
/// cell of each other, so parallel lines never overlap.
///
/// The order of the tracks decides the crossings: among runs going the same way the one further
/// along (rightmost start for runs going right) goes higher, which leaves only the crossings the
/// layer order made unavoidable; runs going opposite ways cross once either way. A segment that
/// starts in the column where another ends must run above it; when those demands form a cycle,
/// one segment gets a dogleg through a free column (two tracks joined by a short drop).
enum ChannelRouter {
  enum Shape: Sendable, Equatable {
    case straight
    case track(Int)
    /// Along track `first` to `column`, down to track `second`, then along to the end.
    case dogleg(column: Int, first: Int, second: Int)
  }

  struct Route: Sendable {
    /// One shape per segment handed in, in the same order.
    var shapes: [Shape]
    var trackCount: Int
  }

  /// A horizontal run: a whole segment, or one half of a dogleg.
  private struct Run {
    var from: Int
    var to: Int
    /// The column of the drop from the channel's top (nil for a dogleg's second half).
    var top: Int?
    /// The column of the drop to the channel's bottom (nil for a dogleg's first half).
    var bottom: Int?
    var segment: Int
    var low: Int { min(from, to) }
    var high: Int { max(from, to) }
  }

  /// `ends`: each segment's start and end column. `occupied`: columns a dogleg must not use.
  static func route(_ ends: [(top: Int, bottom: Int)], occupied: Set<Int>) -> Route {
    var runs: [Run] = []
    for (index, end) in ends.enumerated() where end.top != end.bottom {
      runs.append(
        Run(from: end.top, to: end.bottom, top: end.top, bottom: end.bottom, segment: index))
    }
    var taken = occupied
    var order: [Int] = []
    while true {
      let attempt = sortRuns(runs)
      if let cycle = attempt.cycle {
        let victim = cycle.min { key(runs, $0) < key(runs, $1) } ?? cycle[0]
        let run = runs[victim]
        let column = freeColumn(near: (run.from + run.to) / 2, avoiding: taken)
        taken.insert(column)
        runs[victim] = Run(
          from: run.from, to: column, top: run.top, bottom: nil, segment: run.segment)
        runs.append(
          Run(from: column, to: run.to, top: nil, bottom: run.bottom, segment: run.segment))
        continue
      }
      order = attempt.order
      break
    }
    var row = Array(repeating: 0, count: runs.count)
    var placed: [Int] = []
    var trackCount = 0
    for run in order {
      var lowest = 0
      for other in placed
      where runs[other].low <= runs[run].high + 1 && runs[run].low <= runs[other].high + 1 {
        lowest = max(lowest, row[other] + 1)
      }
      row[run] = lowest
      trackCount = max(trackCount, lowest + 1)
      placed.append(run)
    }
    var shapes = Array(repeating: Shape.straight, count: ends.count)
    var firstHalf: [Int: Int] = [:]
    for (index, run) in runs.enumerated() {
      if run.bottom == nil { firstHalf[run.segment] = index }
    }
    for (index, run) in runs.enumerated() {
      if run.top != nil && run.bottom != nil {
        shapes[run.segment] = .track(row[index])
      } else if run.top == nil, let first = firstHalf[run.segment] {
        shapes[run.segment] = .dogleg(column: run.from, first: row[first], second: row[index])
      }
    }
    return Route(shapes: shapes, trackCount: trackCount)
  }

  /// Soft order: rank among the runs going the same way, right-goers by descending start,
  /// left-goers by ascending start, scaled to 0..<1 so the two kinds interleave evenly.
  private static func key(_ runs: [Run], _ index: Int) -> Double {
    let run = runs[index]
    let rightward = run.to > run.from
    var rank = 0
    var total = 0
    for other in runs where (other.to > other.from) == rightward {
      total += 1
      let before = rightward ? other.from > run.from : other.from < run.from
      if before { rank += 1 }
    }
    return (Double(rank) + (rightward ? 0 : 0.5)) / Double(max(total, 1))
  }

  /// The runs top to bottom, honouring every hard "above" demand; or a cycle of demands.
  private static func sortRuns(_ runs: [Run]) -> (order: [Int], cycle: [Int]?) {
    var byBottom: [Int: Int] = [:]
    for (index, run) in runs.enumerated() {
      if let bottom = run.bottom { byBottom[bottom] = index }
    }
    var firstHalf: [Int: Int] = [:]
    for (index, run) in runs.enumerated() where run.bottom == nil { firstHalf[run.segment] = index }
    var successors = Array(repeating: [Int](), count: runs.count)
    var predecessors = Array(repeating: [Int](), count: runs.count)
    for (index, run) in runs.enumerated() {
      if let top = run.top, let lower = byBottom[top], lower != index {
        successors[index].append(lower)
        predecessors[lower].append(index)
      }
      if run.top == nil, let first = firstHalf[run.segment] {
        successors[first].append(index)
        predecessors[index].append(first)
      }
    }
    let keys = runs.indices.map { key(runs, $0) }
    var waiting = predecessors.map(\.count)
    var ready = runs.indices.filter { waiting[$0] == 0 }
    var order: [Int] = []
    var done = Array(repeating: false, count: runs.count)
    while !ready.isEmpty {
      var pick = 0
      for candidate in ready.indices.dropFirst()
      where (keys[ready[candidate]], ready[candidate]) < (keys[ready[pick]], ready[pick]) {
        pick = candidate
      }
      let run = ready.remove(at: pick)
      order.append(run)
      done[run] = true
      for next in successors[run] {
        waiting[next] -= 1
        if waiting[next] == 0 { ready.append(next) }
      }
    }
    guard order.count < runs.count else { return (order, nil) }
    var walker = runs.indices.first { !done[$0] } ?? 0
    var seen: [Int: Int] = [:]
    var path: [Int] = []
    while seen[walker] == nil {
      seen[walker] = path.count
      path.append(walker)
      walker = predecessors[walker].first { !done[$0] } ?? walker
    }
    return (order, Array(path[(seen[walker] ?? 0)...]))
  }

  /// The column nearest `column` (searching outwards, left first) that nothing else uses.
  private static func freeColumn(near column: Int, avoiding taken: Set<Int>) -> Int {
    var distance = 0
    while true {
      if column - distance >= 0, !taken.contains(column - distance) { return column - distance }
      if !taken.contains(column + distance) { return column + distance }
      distance += 1
    }
  }
}
