/// Turns routed segments into each edge's cells, from beside its source box to beside its
/// target box: segment by segment down the channels (and straight through the layers where a
/// dummy stands), then reversed when the edge was drawn upward so the cells follow the edge's
/// true direction and the arrowhead lands at its real target.
struct PathBuilder {
  typealias Cell = GraphDrawing.Cell

  var graph: LayeredGraph
  var ports: PortAssignment
  /// The route of each segment in its channel.
  var shapes: [ChannelRouter.Shape]
  var links: [LayoutGraph.Link]
  var reversed: [Bool]

  func paths(_ geometry: LayeredGeometry) -> [[Cell]] {
    links.enumerated().map { index, link in
      if link.isLoop { return loop(index, link, geometry) }
      var cells: [Cell] = []
      for segment in graph.linkSegments[index] {
        append(segment, geometry, to: &cells)
        let lower = graph.segments[segment].lower
        if graph.isDummy(lower) {
          let top = geometry.layerTop[graph.layerOf[lower]]
          for row in top..<(top + LayeredGeometry.boxHeight) {
            cells.append(Cell(ports.bottom[segment], row))
          }
        }
      }
      return reversed[index] ? cells.reversed() : cells
    }
  }

  /// A U under the box: down from the start, left along the mark row, up to the end.
  private func loop(_ index: Int, _ link: LayoutGraph.Link, _ geometry: LayeredGeometry)
    -> [Cell]
  {
    guard let pins = ports.loopPins[index] else { return [] }
    let top = geometry.channelTop(graph.layerOf[link.source])
    var cells = [Cell(pins.start, top)]
    for column in stride(from: pins.start, through: pins.end, by: -1) {
      cells.append(Cell(column, top + 1))
    }
    cells.append(Cell(pins.end, top))
    return cells
  }

  private func append(_ segment: Int, _ geometry: LayeredGeometry, to cells: inout [Cell]) {
    let layer = graph.layerOf[graph.segments[segment].upper]
    let start = ports.top[segment]
    let end = ports.bottom[segment]
    let top = geometry.channelTop(layer)
    let bottom = geometry.channelBottom(layer)
    switch shapes[segment] {
    case .straight:
      for row in top...bottom { cells.append(Cell(start, row)) }
    case .track(let track):
      let row = geometry.trackRow(layer, track)
      drop(start, from: top, to: row, &cells)
      run(row, from: start, to: end, &cells)
      drop(end, from: row + 1, to: bottom, &cells)
    case .dogleg(let column, let first, let second):
      let upper = geometry.trackRow(layer, first)
      let lower = geometry.trackRow(layer, second)
      drop(start, from: top, to: upper, &cells)
      run(upper, from: start, to: column, &cells)
      drop(column, from: upper + 1, to: lower, &cells)
      run(lower, from: column, to: end, &cells)
      drop(end, from: lower + 1, to: bottom, &cells)
    }
  }

  private func drop(_ column: Int, from: Int, to: Int, _ cells: inout [Cell]) {
    guard from <= to else { return }
    for row in from...to { cells.append(Cell(column, row)) }
  }

  /// The cells after `from` up to and including `to` along a row.
  private func run(_ row: Int, from: Int, to: Int, _ cells: inout [Cell]) {
    let step = to > from ? 1 : -1
    for column in stride(from: from + step, through: to, by: step) {
      cells.append(Cell(column, row))
    }
  }
}
