import DossierModel
import TextGraphLayout

/// The relationship graph, interactive. The ego view (the model's `EgoLayout`) lists the focus's
/// neighbours with j/k, and under it the claims behind the selected neighbour's relations (Tab
/// moves there, Enter opens one). `o` switches to the layered overview of the whole dossier,
/// where j/k walk the actors and Enter centres the ego view on one.
enum GraphView {
  static func render(
    _ explorer: Explorer, focus: String, overview: Bool, into grid: inout Grid, area: Rect
  ) {
    if overview {
      renderOverview(explorer, focus: focus, into: &grid, area: area)
    } else {
      renderEgo(explorer, focus: focus, into: &grid, area: area)
    }
  }

  static func renderEgo(_ explorer: Explorer, focus: String, into grid: inout Grid, area: Rect) {
    let page = explorer.page
    let graph = explorer.relationGraph
    let layout = EgoLayout(glyphs: explorer.glyphs)
    let drawingHeight = explorer.graphDrawingHeight
    let drawing = layout.draw(
      graph, focus: focus, width: area.width, height: drawingHeight, scroll: page.top)
    let rows = layout.rows(of: focus, in: graph)
    let selected = rows.indices.contains(page.selected) ? rows[page.selected].neighbour.id : nil
    draw(drawing, in: explorer, at: area, selected: selected, into: &grid)
    // The pane: the claims behind the selected neighbour's relations.
    let paneTop = area.y + drawingHeight
    let items = explorer.graphPaneItems
    let name = graph.node(id: focus)?.name ?? focus
    let other = selected.flatMap(graph.node(id:))?.name ?? ""
    grid.fill(x: area.x, y: paneTop, width: area.width, style: Style(.muted, underline: true))
    grid.write(
      fitting: "Claims behind \(name) – \(other) (\(items.count)) · Tab: "
        + (page.pane == 0 ? "go to the claims" : "back to the actors"),
      x: area.x, y: paneTop, style: Style(.heading, bold: true, underline: true), limit: area.width)
    let paneRows = max(0, area.bottom - paneTop - 1)
    let top = max(0, page.paneSelected - paneRows + 1)
    for (offset, item) in items.dropFirst(top).prefix(paneRows).enumerated() {
      let y = paneTop + 1 + offset
      var x = area.x + 1
      let arrow: String =
        switch item.edge.direction(from: focus) {
        case .outgoing: "\(explorer.glyphs.arrowRight) "
        case .incoming: "\(explorer.glyphs.arrowLeft) "
        case .mutual: ""
        }
      x += grid.write(
        arrow + graph.label(of: item.edge, glyphs: explorer.glyphs) + " ", x: x, y: y, style: .muted
      )
      x += grid.write(explorer.dossier.shortKey(of: item.claim) + " ", x: x, y: y, style: .key)
      grid.write(fitting: item.claim.text, x: x, y: y, limit: area.x + area.width - x)
      if page.pane == 1 && top + offset == page.paneSelected {
        ListRows.select(y: y, rows: 1, area: area, into: &grid)
      }
    }
  }

  static func renderOverview(_ explorer: Explorer, focus: String, into grid: inout Grid, area: Rect)
  {
    let drawing = GraphViewport.fit(
      explorer.peekOverview(around: focus), width: area.width, height: area.height, around: focus,
      glyphs: explorer.glyphs)
    draw(drawing, in: explorer, at: area, selected: focus, into: &grid)
  }

  /// Copies a drawing onto the grid, actors coloured by kind and the selected one reversed,
  /// with the cursor on it.
  static func draw(
    _ drawing: GraphDrawing, in explorer: Explorer, at area: Rect, selected: String?,
    into grid: inout Grid
  ) {
    for (row, text) in drawing.rows.prefix(area.height).enumerated() {
      grid.write(text, x: area.x, y: area.y + row, limit: area.width)
    }
    for label in drawing.annotations where label.y < area.height {
      grid.restyle(x: area.x + label.x, y: area.y + label.y, width: label.width) { $0 = .muted }
    }
    for box in drawing.nodes where box.y < area.height {
      let kind = explorer.relationGraph.node(id: box.id)?.kind ?? .other
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
