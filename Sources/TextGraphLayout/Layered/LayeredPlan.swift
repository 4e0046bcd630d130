import TerminalText

/// Steps 1 to 5 of the layered layout, done once per drawing: everything but the rows, which
/// still grow when a label needs a row of its own. Holds what the later steps read.
struct LayeredPlan {
  typealias Cell = GraphDrawing.Cell

  let graph: LayoutGraph
  let reversed: [Bool]
  let layer: [Int]
  let layered: LayeredGraph
  let widths: [Int]
  let left: [Int]
  let ports: PortAssignment
  let channels: ChannelSet
  let hasLoops: [Bool]
  /// Per link: the text drawn on it (its label when it touches the focus, else its mark), its
  /// width, and whether it touches the focus.
  let texts: [String]
  let textWidths: [Int]
  let focused: [Bool]
  /// Per link: whether the focus is where its cells start.
  let focusFirst: [Bool]

  init(_ sketch: GraphSketch, focus: String?) {
    let graph = LayoutGraph(sketch)
    self.graph = graph
    let reversed = CycleRemoval.reversedLinks(nodeCount: graph.nodeCount, links: graph.links)
    self.reversed = reversed
    let arcs = graph.links.enumerated().compactMap { index, link -> LayerAssignment.Arc? in
      guard !link.isLoop else { return nil }
      return reversed[index]
        ? LayerAssignment.Arc(upper: link.target, lower: link.source)
        : LayerAssignment.Arc(upper: link.source, lower: link.target)
    }
    layer = LayerAssignment.layers(nodeCount: graph.nodeCount, arcs: arcs)
    var layered = LayeredGraph(graph: graph, layer: layer, reversed: reversed)
    CrossingReduction.reduce(&layered)
    self.layered = layered

    focused = sketch.edges.map { focus != nil && ($0.source == focus || $0.target == focus) }
    focusFirst = sketch.edges.map { $0.source == focus || $0.target != focus }
    texts = zip(sketch.edges, focused).map { edge, focused in
      focused && DisplayWidth.of(edge.label) > 0 ? edge.label : String(edge.mark)
    }
    textWidths = texts.map { DisplayWidth.of($0) }
    var loops = Array(repeating: [(link: Int, run: Int)](), count: layered.items.count)
    for (index, link) in graph.links.enumerated() where link.isLoop {
      loops[link.source].append((index, max(1, textWidths[index])))
    }
    let widths = layered.items.indices.map { item -> Int in
      guard case .node(let node) = layered.items[item] else { return 1 }
      return PortAssignment.boxWidth(
        nameWidth: graph.nameWidths[node], upCount: layered.up[item].count,
        downCount: layered.down[item].count, loopRuns: loops[item].map(\.run))
    }
    self.widths = widths
    let left = CoordinateAssignment.columns(layered, widths: widths)
    self.left = left
    ports = PortAssignment(layered, left: left, widths: widths, loops: loops)
    channels = ChannelSet(layered, ports: ports)
    var hasLoops = Array(repeating: false, count: layered.layers.count)
    for node in 0..<graph.nodeCount where !loops[node].isEmpty { hasLoops[layer[node]] = true }
    self.hasLoops = hasLoops
  }

  func geometry(labelRows: [Int]) -> LayeredGeometry {
    LayeredGeometry(
      labelRows: labelRows, trackCount: channels.trackCount,
      segmentCounts: channels.segmentCount, hasLoops: hasLoops)
  }

  /// The boxes, `offset` columns to the right.
  func boxes(_ geometry: LayeredGeometry, offset: Int) -> [GraphDrawing.Box] {
    (0..<graph.nodeCount).map { node in
      GraphDrawing.Box(
        id: graph.ids[node], name: graph.names[node], x: left[node] + offset,
        y: geometry.layerTop[layer[node]], w: widths[node], h: LayeredGeometry.boxHeight)
    }
  }

  /// Every link's cells, `offset` columns to the right.
  func paths(_ geometry: LayeredGeometry, offset: Int) -> [[Cell]] {
    let builder = PathBuilder(
      graph: layered, ports: ports, shapes: channels.shapes, links: graph.links,
      reversed: reversed)
    return builder.paths(geometry).map { path in path.map { Cell($0.x + offset, $0.y) } }
  }

  /// What to label and where (marks and self-loops are fixed, the rest searched), and for
  /// each request the layer whose channel gets a label row when the search fails.
  func requests(_ geometry: LayeredGeometry, offset: Int)
    -> (requests: [LabelPlacer.Request], channels: [Int])
  {
    var requests: [LabelPlacer.Request] = []
    var channels: [Int] = []
    for (index, link) in graph.links.enumerated() where textWidths[index] > 0 {
      var request = LabelPlacer.Request(
        link: index, text: texts[index], width: textWidths[index], fixed: nil,
        fromStart: focusFirst[index])
      let segments = layered.linkSegments[index]
      if link.isLoop, let pins = ports.loopPins[index] {
        let row = geometry.channelTop(layer[link.source]) + 1
        request.fixed = Cell(pins.end + 1 + offset, row)
      } else if !focused[index], textWidths[index] == 1, let first = segments.first,
        let last = segments.last
      {
        // At the end the edge leaves from: its top for a downward edge, its bottom for one
        // drawn upward (whose top end holds the arrowhead).
        if reversed[index] {
          let row = geometry.channelBottom(layered.layerOf[layered.segments[last].upper])
          request.fixed = Cell(ports.bottom[last] + offset, row)
        } else {
          let row = geometry.markRow(layered.layerOf[layered.segments[first].upper])
          request.fixed = Cell(ports.top[first] + offset, row)
        }
      }
      channels.append(labelChannel(index))
      requests.append(request)
    }
    return (requests, channels)
  }

  /// The channel that gets a label row when a link's label finds no place: the one along its
  /// path where the label would hide the fewest other drops, the nearest to the focus on ties.
  func labelChannel(_ link: Int) -> Int {
    var segments = layered.linkSegments[link]
    if focusFirst[link] == reversed[link] { segments.reverse() }
    var best = (hidden: Int.max, layer: -1)
    for segment in segments {
      let layer = layered.layerOf[layered.segments[segment].upper]
      let hidden = channels.hidden(
        layer: layer, column: ports.top[segment], width: textWidths[link])
      if hidden < best.hidden { best = (hidden, layer) }
    }
    return best.layer
  }

  /// Rows where searched labels may go (inside channels, off the rows beside boxes), and the
  /// label rows, where a last-resort label may hide other edges' drops.
  func labelRows(_ geometry: LayeredGeometry) -> (eligible: [Bool], coverable: [Bool]) {
    var eligible = Array(repeating: false, count: geometry.height)
    var coverable = Array(repeating: false, count: geometry.height)
    for layer in layered.layers.indices where channels.segmentCount[layer] > 0 {
      for row in (geometry.channelTop(layer) + 1)..<geometry.channelBottom(layer) {
        eligible[row] = true
      }
      for row in geometry.labelRowRange(layer) { coverable[row] = true }
    }
    return (eligible, coverable)
  }
}
