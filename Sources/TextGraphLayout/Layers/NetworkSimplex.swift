/// Layering by network simplex (Gansner, Koutsofios, North and Vo): ranks that minimise the total
/// weighted edge length, every arc at least one layer long. Short edges need fewer dummy nodes
/// and channel tracks and cross less. Starting from any feasible ranking, it grows a tree of
/// tight arcs, then repeatedly swaps a tree arc whose cut value is negative for the slackest
/// non-tree arc across the same cut, until no cut value is negative. Iterations are capped, so
/// a huge graph gets a good ranking rather than the best one.
struct NetworkSimplex {
  /// A merged arc: every link between the same two nodes in the same direction.
  struct Arc {
    var tail: Int
    var head: Int
    var weight: Int
  }

  private let count: Int
  private let arcs: [Arc]
  private var incident: [[Int]]
  var rank: [Int]
  private var inTree: [Bool]
  private var treeArcs: [[Int]]
  private var parent: [Int]
  private var parentArc: [Int]
  private var low: [Int]
  private var lim: [Int]
  private var cut: [Int]

  /// `rank` must be feasible (every arc's head at least one below its tail); `arcs` must be
  /// connected and keyed by distinct (tail, head) pairs.
  init(count: Int, arcs: [Arc], rank: [Int]) {
    self.count = count
    self.arcs = arcs
    self.rank = rank
    incident = Array(repeating: [], count: count)
    for (index, arc) in arcs.enumerated() {
      incident[arc.tail].append(index)
      incident[arc.head].append(index)
    }
    inTree = Array(repeating: false, count: arcs.count)
    treeArcs = Array(repeating: [], count: count)
    parent = Array(repeating: -1, count: count)
    parentArc = Array(repeating: -1, count: count)
    low = Array(repeating: 0, count: count)
    lim = Array(repeating: 0, count: count)
    cut = Array(repeating: 0, count: count)
  }

  private func slack(_ arc: Int) -> Int { rank[arcs[arc].head] - rank[arcs[arc].tail] - 1 }

  /// Runs the simplex over the nodes `members` (one connected component).
  mutating func solve(_ members: [Int], maxIterations: Int) {
    guard members.count > 1, let root = members.first else { return }
    feasibleTree(root, size: members.count)
    computeLowLim(root)
    computeCutValues(root)
    for _ in 0..<maxIterations {
      guard let leaving = members.first(where: { parent[$0] >= 0 && cut[$0] < 0 }) else { break }
      guard let entering = enteringArc(leaving) else { break }
      let old = parentArc[leaving]
      inTree[old] = false
      treeArcs[arcs[old].tail].removeAll { $0 == old }
      treeArcs[arcs[old].head].removeAll { $0 == old }
      addToTree(entering)
      computeLowLim(root)
      computeCutValues(root)
      updateRanks(root)
    }
  }

  private mutating func addToTree(_ arc: Int) {
    inTree[arc] = true
    treeArcs[arcs[arc].tail].append(arc)
    treeArcs[arcs[arc].head].append(arc)
  }

  private mutating func feasibleTree(_ root: Int, size: Int) {
    var member = Array(repeating: false, count: count)
    var members = [root]
    member[root] = true
    func grow() {
      var stack = members
      while let node = stack.popLast() {
        for arc in incident[node] where slack(arc) == 0 {
          let other = arcs[arc].tail == node ? arcs[arc].head : arcs[arc].tail
          guard !member[other] else { continue }
          member[other] = true
          members.append(other)
          addToTree(arc)
          stack.append(other)
        }
      }
    }
    grow()
    while members.count < size {
      var best = -1
      for node in members {
        for arc in incident[node] where member[arcs[arc].tail] != member[arcs[arc].head] {
          if best < 0 || slack(arc) < slack(best) { best = arc }
        }
      }
      guard best >= 0 else { return }
      let delta = member[arcs[best].tail] ? slack(best) : -slack(best)
      for node in members { rank[node] += delta }
      grow()
    }
  }

  /// Post-order numbers: `lim` of a node, `low` the smallest `lim` below it.
  private mutating func computeLowLim(_ root: Int) {
    var next = 1
    parent[root] = -1
    parentArc[root] = -1
    var stack: [(node: Int, child: Int)] = [(root, 0)]
    low[root] = next
    while let top = stack.last {
      let node = top.node
      if top.child < treeArcs[node].count {
        stack[stack.count - 1].child += 1
        let arc = treeArcs[node][top.child]
        guard arc != parentArc[node] else { continue }
        let other = arcs[arc].tail == node ? arcs[arc].head : arcs[arc].tail
        parent[other] = node
        parentArc[other] = arc
        low[other] = next
        stack.append((other, 0))
      } else {
        lim[node] = next
        next += 1
        stack.removeLast()
      }
    }
  }

  private mutating func computeCutValues(_ root: Int) {
    var order: [Int] = []
    var stack = [root]
    while let node = stack.popLast() {
      order.append(node)
      for arc in treeArcs[node] where arc != parentArc[node] {
        stack.append(arcs[arc].tail == node ? arcs[arc].head : arcs[arc].tail)
      }
    }
    for node in order.reversed() where parent[node] >= 0 { cut[node] = cutValue(node) }
  }

  /// The cut value of the tree arc between `child` and its parent (children done first).
  private func cutValue(_ child: Int) -> Int {
    let up = parent[child]
    let childIsTail = arcs[parentArc[child]].tail == child
    var value = arcs[parentArc[child]].weight
    for arc in incident[child] where arc != parentArc[child] {
      let isOut = arcs[arc].tail == child
      let other = isOut ? arcs[arc].head : arcs[arc].tail
      guard other != up else { continue }
      let pointsToHead = isOut == childIsTail
      value += pointsToHead ? arcs[arc].weight : -arcs[arc].weight
      if inTree[arc] {
        value += pointsToHead ? -cut[other] : cut[other]
      }
    }
    return value
  }

  private func enteringArc(_ child: Int) -> Int? {
    let treeArc = parentArc[child]
    let tail = arcs[treeArc].tail
    let head = arcs[treeArc].head
    var side = tail
    var flip = false
    if lim[tail] > lim[head] {
      side = head
      flip = true
    }
    let below = { (node: Int) in low[side] <= lim[node] && lim[node] <= lim[side] }
    var best: Int?
    for arc in arcs.indices where !inTree[arc] {
      guard flip == below(arcs[arc].tail), flip != below(arcs[arc].head) else { continue }
      if best.map({ slack(arc) < slack($0) }) ?? true { best = arc }
    }
    return best
  }

  private mutating func updateRanks(_ root: Int) {
    var stack = [root]
    while let node = stack.popLast() {
      for arc in treeArcs[node] where arc != parentArc[node] {
        let other = arcs[arc].tail == node ? arcs[arc].head : arcs[arc].tail
        rank[other] = arcs[arc].tail == node ? rank[node] + 1 : rank[node] - 1
        stack.append(other)
      }
    }
  }
}
