/// Step 1: makes the graph acyclic by choosing which edges to draw upward, by the greedy
/// heuristic of Eades, Lin and Smyth ("A fast and effective heuristic for the feedback arc set
/// problem", Information Processing Letters 47(6), 1993). Sinks go last, sources first, and
/// otherwise the node with most outgoing minus incoming edges goes next, the lowest index among
/// equals so that the drawing depends on the input alone; edges pointing backwards in that order
/// are reversed. It reverses few edges (at most about half, usually far fewer), and a reversed
/// edge still carries its true direction in the drawing: only its route goes up.
///
/// Their bucket form (as dagre's `greedy-fas`) makes it linear: sinks and sources wait in
/// queues, every other node sits in the bucket of its outgoing minus incoming count, and each
/// removed edge moves one node to a neighbouring bucket. Unlike dagre's linked lists, a bucket
/// keeps its nodes in index order (`IndexBuckets`), so the pick is the lowest index, as it
/// always was, and the drawings do not change.
package enum CycleRemoval {
  /// For each link, whether it runs against the chosen order (self-loops never do).
  static func reversedLinks(nodeCount: Int, links: [LayoutGraph.Link]) -> [Bool] {
    reversedEdges(nodeCount: nodeCount, edges: links.map { ($0.source, $0.target) })
  }

  /// For each edge (node indices below `nodeCount`), whether it runs against the chosen order.
  package static func reversedEdges(nodeCount: Int, edges: [(source: Int, target: Int)]) -> [Bool] {
    // Adjacency as flat arrays in edge order: the queues fill in that order, so it must be kept.
    var outStart = Array(repeating: 0, count: nodeCount + 1)
    var inStart = Array(repeating: 0, count: nodeCount + 1)
    for edge in edges where edge.source != edge.target {
      outStart[edge.source + 1] += 1
      inStart[edge.target + 1] += 1
    }
    for node in 0..<nodeCount {
      outStart[node + 1] += outStart[node]
      inStart[node + 1] += inStart[node]
    }
    var targets = Array(repeating: 0, count: outStart[nodeCount])
    var sourcesOf = Array(repeating: 0, count: inStart[nodeCount])
    var outFill = outStart
    var inFill = inStart
    for edge in edges where edge.source != edge.target {
      targets[outFill[edge.source]] = edge.target
      outFill[edge.source] += 1
      sourcesOf[inFill[edge.target]] = edge.source
      inFill[edge.target] += 1
    }
    var outDegree = (0..<nodeCount).map { outStart[$0 + 1] - outStart[$0] }
    var inDegree = (0..<nodeCount).map { inStart[$0 + 1] - inStart[$0] }
    var buckets = IndexBuckets(outDegree: outDegree, inDegree: inDegree)

    var removed = Array(repeating: false, count: nodeCount)
    var front: [Int] = []
    var back: [Int] = []
    var sinks = (0..<nodeCount).filter { outDegree[$0] == 0 }
    var sources = (0..<nodeCount).filter { inDegree[$0] == 0 && outDegree[$0] > 0 }
    var remaining = nodeCount

    func remove(_ node: Int) {
      removed[node] = true
      remaining -= 1
      buckets.leave(node, out: outDegree[node], in: inDegree[node])
      for next in targets[outStart[node]..<outStart[node + 1]] where !removed[next] {
        buckets.move(next, out: outDegree[next], in: inDegree[next], toIn: inDegree[next] - 1)
        inDegree[next] -= 1
        if inDegree[next] == 0 { sources.append(next) }
      }
      for previous in sourcesOf[inStart[node]..<inStart[node + 1]] where !removed[previous] {
        buckets.move(
          previous, out: outDegree[previous], in: inDegree[previous],
          toOut: outDegree[previous] - 1)
        outDegree[previous] -= 1
        if outDegree[previous] == 0 { sinks.append(previous) }
      }
    }

    var sinkCursor = 0
    var sourceCursor = 0
    while remaining > 0 {
      if sinkCursor < sinks.count {
        let node = sinks[sinkCursor]
        sinkCursor += 1
        if !removed[node] {
          back.append(node)
          remove(node)
        }
        continue
      }
      if sourceCursor < sources.count {
        let node = sources[sourceCursor]
        sourceCursor += 1
        if !removed[node] {
          front.append(node)
          remove(node)
        }
        continue
      }
      // With both queues empty every node left has edges in and out, so sits in a bucket.
      let best = buckets.highest()
      front.append(best)
      remove(best)
    }
    var position = Array(repeating: 0, count: nodeCount)
    for (rank, node) in (front + back.reversed()).enumerated() { position[node] = rank }
    return edges.map { $0.source != $0.target && position[$0.source] > position[$0.target] }
  }
}

/// The nodes with edges both in and out, by outgoing minus incoming count, each bucket in index
/// order. Degrees only fall, so a node's count stays between 1 - (its first in-degree) and (its
/// first out-degree) - 1: bucket `d` only ever holds the nodes whose range covers `d`, listed
/// in index order once (`members`), and a bucket is a bit set over that list, in a 64-way tree
/// of words whose lowest set bit is found a word per level. The lists add up to at most twice
/// the edges, so building them is linear, and a pick or a move costs a word per level.
struct IndexBuckets {
  /// Bucket `b` holds the count `b + lowest`.
  private let lowest: Int
  /// Bucket `b`'s possible nodes, in index order: `members[memberStart[b]...]`.
  private var memberStart: [Int]
  private var members: [Int]
  /// A node's place in bucket `b`'s list is `place[placeOrigin[node] + count]`.
  private var placeOrigin: [Int]
  private var place: [Int]
  /// Bucket `b`'s tree: its levels' first words are `levelStart[levelIndex[b]..<levelIndex[b+1]]`,
  /// leaves first; the last level is a single word.
  private var levelIndex: [Int]
  private var levelStart: [Int]
  private var words: [UInt64]
  /// No bucket above this one holds a node.
  private var top: Int

  init(outDegree: [Int], inDegree: [Int]) {
    let nodes = outDegree.indices.filter { outDegree[$0] > 0 && inDegree[$0] > 0 }
    lowest = 1 - (nodes.map { inDegree[$0] }.max() ?? 1)
    let highest = (nodes.map { outDegree[$0] }.max() ?? 1) - 1
    let bucketCount = highest - lowest + 1
    // How many nodes each bucket may hold: ranges added as differences, then summed.
    var sizes = Array(repeating: 0, count: bucketCount + 1)
    for node in nodes {
      sizes[1 - inDegree[node] - lowest] += 1
      sizes[outDegree[node] - lowest] -= 1
    }
    for bucket in 0..<bucketCount { sizes[bucket + 1] += sizes[bucket] }
    memberStart = Array(repeating: 0, count: bucketCount + 1)
    levelIndex = Array(repeating: 0, count: bucketCount + 1)
    levelStart = []
    var wordCount = 0
    for bucket in 0..<bucketCount {
      memberStart[bucket + 1] = memberStart[bucket] + sizes[bucket]
      var levelWords = max(1, (sizes[bucket] + 63) / 64)
      while true {
        levelStart.append(wordCount)
        wordCount += levelWords
        if levelWords <= 1 { break }
        levelWords = (levelWords + 63) / 64
      }
      levelIndex[bucket + 1] = levelStart.count
    }
    words = Array(repeating: 0, count: wordCount)
    members = Array(repeating: 0, count: memberStart[bucketCount])
    placeOrigin = Array(repeating: 0, count: outDegree.count)
    place = []
    var filled = Array(memberStart.dropLast())
    for node in nodes {
      let first = 1 - inDegree[node]
      placeOrigin[node] = place.count - first
      for count in first..<outDegree[node] {
        let bucket = count - lowest
        place.append(filled[bucket] - memberStart[bucket])
        members[filled[bucket]] = node
        filled[bucket] += 1
      }
    }
    top = bucketCount - 1
    for node in nodes { insert(node, count: outDegree[node] - inDegree[node]) }
  }

  /// Takes the node, if it is in a bucket, out before it is removed from the graph.
  mutating func leave(_ node: Int, out: Int, in incoming: Int) {
    guard out > 0 && incoming > 0 else { return }
    erase(node, count: out - incoming)
  }

  /// Moves the node for a lost incoming edge; once it has none it waits with the sources.
  mutating func move(_ node: Int, out: Int, in incoming: Int, toIn: Int) {
    guard out > 0 && incoming > 0 else { return }
    erase(node, count: out - incoming)
    if toIn > 0 { insert(node, count: out - toIn) }
  }

  /// Moves the node for a lost outgoing edge; once it has none it waits with the sinks.
  mutating func move(_ node: Int, out: Int, in incoming: Int, toOut: Int) {
    guard out > 0 && incoming > 0 else { return }
    erase(node, count: out - incoming)
    if toOut > 0 { insert(node, count: toOut - incoming) }
  }

  /// The lowest-index node of the highest non-empty bucket (which `leave` then takes out); some
  /// bucket must hold a node.
  mutating func highest() -> Int {
    while words[levelStart[levelIndex[top + 1] - 1]] == 0 { top -= 1 }
    var slot = 0
    for level in (levelIndex[top]..<levelIndex[top + 1]).reversed() {
      slot = slot << 6 | words[levelStart[level] + slot].trailingZeroBitCount
    }
    return members[memberStart[top] + slot]
  }

  private mutating func insert(_ node: Int, count: Int) {
    let bucket = count - lowest
    var slot = place[placeOrigin[node] + count]
    for level in levelIndex[bucket]..<levelIndex[bucket + 1] {
      let word = levelStart[level] + slot >> 6
      let old = words[word]
      words[word] = old | 1 << UInt64(slot & 63)
      if old != 0 { break }
      slot >>= 6
    }
    if bucket > top { top = bucket }
  }

  private mutating func erase(_ node: Int, count: Int) {
    let bucket = count - lowest
    var slot = place[placeOrigin[node] + count]
    for level in levelIndex[bucket]..<levelIndex[bucket + 1] {
      let word = levelStart[level] + slot >> 6
      words[word] &= ~(1 << UInt64(slot & 63))
      if words[word] != 0 { break }
      slot >>= 6
    }
  }
}
