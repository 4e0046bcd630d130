/// The overview: a layered (Sugiyama) drawing of the whole graph, boxes in rows from top to
/// bottom and every edge an orthogonal path between them.
///
/// Rows rather than columns, because boxes are one line of text: three rows high but as wide as
/// their name, so their top and bottom sides have room for many edges while a left or right
/// side has three cells; a layer of boxes also reads like a line of text, and a terminal pans
/// down more naturally than sideways. The steps (`LayeredPlan`): break cycles (`CycleRemoval`),
/// assign layers (`LayerAssignment`, `NetworkSimplex`) and split long edges with dummies
/// (`LayeredGraph`), order the layers (`CrossingReduction`), place boxes and ports
/// (`CoordinateAssignment`, `PortAssignment`), route each channel (`ChannelSet`,
/// `ChannelRouter`); then here, label (`LabelPlacer`), add the legend (`Legend`) and draw
/// (`PathRenderer`).
public struct LayeredLayout: Sendable {
  public var glyphs: Glyphs

  public init(glyphs: Glyphs = .unicode) {
    self.glyphs = glyphs
  }

  /// Draws the whole graph on the canvas it needs (as large as necessary: the caller shows a
  /// viewport of it). `focus`: the node whose edges get their full `label`; every other edge
  /// shows its one-character `mark`. Deterministic: same input, same drawing, byte for byte.
  ///
  /// An edge of the focus whose label is blank shows its mark; an edge naming a node that is
  /// not in `sketch.nodes` gets a box for it, named by its id. Boxes are as wide as the name
  /// plus 4, wider only when a node has more edges on one side than the name leaves room for.
  public func draw(_ sketch: GraphSketch, focus: String?) -> GraphDrawing {
    let plan = LayeredPlan(sketch, focus: focus)
    // Labels may stick out left of the drawing; work `margin` columns to the right, then trim.
    let margin = (plan.textWidths.max() ?? 0) + 1
    var labelRows = Array(repeating: 0, count: plan.layered.layers.count)
    var round = 0
    while true {
      let geometry = plan.geometry(labelRows: labelRows)
      let boxes = plan.boxes(geometry, offset: margin)
      let paths = plan.paths(geometry, offset: margin)
      var width = boxes.reduce(0) { max($0, $1.x + $1.w) }
      for path in paths { width = path.reduce(width) { max($0, $1.x + 1) } }
      let (requests, channels) = plan.requests(geometry, offset: margin)
      let rows = plan.labelRows(geometry)
      let area = LabelPlacer.Area(
        width: width + margin, margin: margin, eligible: rows.eligible,
        coverable: rows.coverable, cover: round > 0)
      let labels = LabelPlacer.place(requests, paths: paths, boxes: boxes, area: area)
      let missing = labels.indices.filter { labels[$0] == nil && channels[$0] >= 0 }
      // Each round adds a row per missing label, so a later one always finds room; the cap
      // only guards against a mistake turning into an endless loop.
      guard missing.isEmpty || round >= 64 else {
        for index in missing { labelRows[channels[index]] += 1 }
        round += 1
        continue
      }
      var edgeLabels = Array(repeating: GraphDrawing.Label?.none, count: sketch.edges.count)
      for (request, label) in zip(requests, labels) { edgeLabels[request.link] = label }
      let trim = labels.reduce(margin) { min($0, $1?.x ?? $0) }
      return assemble(
        sketch, plan: plan, height: geometry.height,
        boxes: boxes.map { box in
          var box = box
          box.x -= trim
          return box
        },
        paths: paths.map { path in path.map { GraphDrawing.Cell($0.x - trim, $0.y) } },
        labels: edgeLabels.map { label in
          label.map { label in
            var label = label
            label.x -= trim
            return label
          }
        },
        width: width - trim)
    }
  }

  private func assemble(
    _ sketch: GraphSketch, plan: LayeredPlan, height: Int, boxes: [GraphDrawing.Box],
    paths: [[GraphDrawing.Cell]], labels: [GraphDrawing.Label?], width: Int
  ) -> GraphDrawing {
    var width = labels.reduce(width) { max($0, ($1?.x ?? 0) + ($1?.width ?? 0)) }
    var height = height
    var legend: [GraphDrawing.Label] = []
    if !sketch.edges.isEmpty {
      legend = Legend.annotations(for: sketch.edges, top: height + 1, width: max(width, 80))
      width = legend.reduce(width) { max($0, $1.x + $1.width) }
      height = (legend.last?.y ?? height) + 1
    }
    let ends = plan.graph.links.map { (boxes[$0.source], boxes[$0.target]) }
    let rows = PathRenderer(glyphs: glyphs).render(
      width: width, height: height, boxes: boxes, paths: paths, ends: ends,
      directed: sketch.edges.map(\.directed), labels: labels.compactMap { $0 } + legend)
    let edges = sketch.edges.indices.map { index in
      let edge = sketch.edges[index]
      return GraphDrawing.Edge(
        source: edge.source, target: edge.target, type: edge.type, negated: edge.negated,
        cells: paths[index], label: labels[index])
    }
    return GraphDrawing(
      width: width, height: height, nodes: boxes, edges: edges, rows: rows, annotations: legend)
  }
}
