import DossierModel
import TextGraphLayout

/// The relationship graph, interactive. The ego view (the model's `EgoLayout`) lists the focus's
/// neighbours with j/k, and under it the claims behind the selected neighbour's relations (Tab
/// moves there, Enter opens one). `o` switches to the layered overview of the whole dossier,
/// where j/k walk the actors and Enter centres the ego view on one.
enum GraphView {
  /// Copies a drawing onto the grid, actors coloured by kind and the selected one reversed,
  /// with the cursor on it.
  static func draw(
    _ drawing: GraphDrawing, of graph: RelationGraph, at area: Rect, selected: String?,
    into grid: inout Grid
  ) {
    for (row, text) in drawing.rows.prefix(area.height).enumerated() {
      grid.write(text, x: area.x, y: area.y + row, limit: area.width)
    }
    for label in drawing.annotations where label.y < area.height {
      grid.restyle(x: area.x + label.x, y: area.y + label.y, width: label.width) { $0 = .muted }
    }
    for box in drawing.nodes where box.y < area.height {
      let kind = graph.node(id: box.id)?.kind ?? .other
      for dy in 0..<box.h where box.y + dy < area.height {
        grid.restyle(x: area.x + box.x, y: area.y + box.y + dy, width: box.w) {
          $0 = Style(.actor(kind), bold: true, reverse: box.id == selected)
        }
      }
      if box.id == selected, box.h == 1 || drawing.nodes.first?.id != box.id {
        grid.cursor = (area.x + box.x, area.y + box.y)
      }
    }
    if grid.cursor == nil { grid.cursor = (area.x, area.y) }
  }
}

/// One actor and its neighbours, and under them the claims behind the selected relation.
struct EgoGraphView {
  var graph: RelationGraph
  var focus: String
  var glyphs: Glyphs
  /// Rows for the drawing; the pane has the rest.
  var drawingHeight: Int
  /// The claims behind the selected neighbour's relations.
  var paneItems: [(edge: RelationGraph.Edge, claim: Claim)]
  /// For the claims' short keys.
  var dossier: Dossier
  /// The first neighbour row drawn, the selected neighbour, the pane with the focus (0: the
  /// drawing, 1: the claims) and the selected claim.
  var top: Int
  var selected: Int
  var pane: Int
  var paneSelected: Int

  func render(into grid: inout Grid, area: Rect) {
    let layout = EgoLayout(glyphs: glyphs)
    let drawing = layout.draw(
      graph, focus: focus, width: area.width, height: drawingHeight, scroll: top)
    let rows = layout.rows(of: focus, in: graph)
    let selected = rows.indices.contains(self.selected) ? rows[self.selected].neighbour.id : nil
    GraphView.draw(drawing, of: graph, at: area, selected: selected, into: &grid)
    // The pane: the claims behind the selected neighbour's relations.
    let paneTop = area.y + drawingHeight
    let items = paneItems
    let name = graph.node(id: focus)?.name ?? focus
    let other = selected.flatMap(graph.node(id:))?.name ?? ""
    grid.fill(x: area.x, y: paneTop, width: area.width, style: Style(.muted, underline: true))
    grid.write(
      fitting: "Claims behind \(name) – \(other) (\(items.count)) · Tab: "
        + (pane == 0 ? "go to the claims" : "back to the actors"),
      x: area.x, y: paneTop, style: Style(.heading, bold: true, underline: true), limit: area.width)
    let paneRows = max(0, area.bottom - paneTop - 1)
    let paneScroll = max(0, paneSelected - paneRows + 1)
    for (offset, item) in items.dropFirst(paneScroll).prefix(paneRows).enumerated() {
      let y = paneTop + 1 + offset
      var x = area.x + 1
      let arrow: String =
        switch item.edge.direction(from: focus) {
        case .outgoing: "\(glyphs.arrowRight) "
        case .incoming: "\(glyphs.arrowLeft) "
        case .mutual: ""
        }
      x += grid.write(
        arrow + graph.label(of: item.edge, glyphs: glyphs) + " ", x: x, y: y, style: .muted
      )
      x += grid.write(dossier.shortKey(of: item.claim) + " ", x: x, y: y, style: .key)
      grid.write(fitting: item.claim.text, x: x, y: y, limit: area.x + area.width - x)
      if pane == 1 && paneScroll + offset == paneSelected {
        ListRows.select(y: y, rows: 1, area: area, into: &grid)
      }
    }
  }

}

/// The whole dossier's graph, laid out once, fitted around the focus.
struct OverviewGraphView {
  /// The whole graph drawn around `focus`.
  var drawing: GraphDrawing
  /// For the actors' kinds.
  var graph: RelationGraph
  var focus: String
  var glyphs: Glyphs

  func render(into grid: inout Grid, area: Rect) {
    let fitted = OverviewLayout(glyphs: glyphs).window(
      of: drawing, width: area.width, height: area.height, around: focus)
    GraphView.draw(fitted, of: graph, at: area, selected: focus, into: &grid)
  }
}
