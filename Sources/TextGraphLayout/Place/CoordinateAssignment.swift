/// Step 4a: the column of every item. Each pass moves the items of one layer as close as their
/// order and spacing allow to the mean centre of their neighbours in the layer just placed,
/// which is a weighted isotonic regression solved exactly by pooling adjacent violators: no
/// overlap, no reordering, least squared displacement. Passes alternate down and up; dummies
/// weigh more so long edges run straight.
enum CoordinateAssignment {
  /// The left column of each item, given item widths; the leftmost item starts at column 0.
  static func columns(_ graph: LayeredGraph, widths: [Int], passes: Int = 8) -> [Int] {
    var left = Array(repeating: 0, count: graph.items.count)
    for layer in graph.layers {
      var column = 0
      for (index, item) in layer.enumerated() {
        if index > 0 { column += gap(graph, layer[index - 1], item) }
        left[item] = column
        column += widths[item]
      }
    }
    guard graph.layers.count > 1 else { return left }
    for pass in 0..<passes {
      let last = pass == passes - 1
      let downward = pass % 2 == 0
      let order =
        downward ? Array(1..<graph.layers.count) : (0..<(graph.layers.count - 1)).reversed()
      for layer in order {
        place(
          graph, layer: layer, widths: widths, &left, above: downward || last,
          below: !downward || last)
      }
    }
    let shift = left.min() ?? 0
    return left.map { $0 - shift }
  }

  /// Blank columns kept between two neighbouring items.
  static func gap(_ graph: LayeredGraph, _ a: Int, _ b: Int) -> Int {
    switch (graph.isDummy(a), graph.isDummy(b)) {
    case (false, false): 3
    case (true, true): 1
    default: 2
    }
  }

  private static func place(
    _ graph: LayeredGraph, layer: Int, widths: [Int], _ left: inout [Int], above: Bool,
    below: Bool
  ) {
    let items = graph.layers[layer]
    guard !items.isEmpty else { return }
    var offsets: [Int] = []
    var offset = 0
    for (index, item) in items.enumerated() {
      if index > 0 { offset += widths[items[index - 1]] + gap(graph, items[index - 1], item) }
      offsets.append(offset)
    }
    var targets: [Double] = []
    var weights: [Double] = []
    for (index, item) in items.enumerated() {
      var sum = 0.0
      var count = 0.0
      var segments: [(Int, Bool)] = []
      if above { segments += graph.up[item].map { ($0, true) } }
      if below { segments += graph.down[item].map { ($0, false) } }
      for (index, fromAbove) in segments {
        let segment = graph.segments[index]
        let other = fromAbove ? segment.upper : segment.lower
        sum += Double(left[other]) + Double(widths[other]) / 2
        count += 1
      }
      let half = Double(widths[item]) / 2
      let desired = count > 0 ? sum / count - half : Double(left[item])
      var weight = count > 0 ? count : 0.01
      if graph.isDummy(item) { weight *= 4 }
      targets.append(desired - Double(offsets[index]))
      weights.append(weight)
    }
    let fitted = isotonic(targets, weights)
    for (index, item) in items.enumerated() {
      left[item] = Int((fitted[index]).rounded(.down)) + offsets[index]
    }
  }

  /// The nondecreasing sequence nearest to `values` in weighted least squares (pool adjacent
  /// violators, O(n)).
  static func isotonic(_ values: [Double], _ weights: [Double]) -> [Double] {
    var means: [Double] = []
    var totals: [Double] = []
    var counts: [Int] = []
    for (value, weight) in zip(values, weights) {
      means.append(value)
      totals.append(weight)
      counts.append(1)
      while means.count > 1, means[means.count - 2] > means[means.count - 1] {
        let w = totals[totals.count - 2] + totals[totals.count - 1]
        let m =
          (means[means.count - 2] * totals[totals.count - 2] + means[means.count - 1]
            * totals[totals.count - 1]) / w
        let c = counts[counts.count - 2] + counts[counts.count - 1]
        means.removeLast(2)
        totals.removeLast(2)
        counts.removeLast(2)
        means.append(m)
        totals.append(w)
        counts.append(c)
      }
    }
    var result: [Double] = []
    result.reserveCapacity(values.count)
    for (mean, count) in zip(means, counts) {
      result.append(contentsOf: repeatElement(mean, count: count))
    }
    return result
  }
}
