import TerminalText

/// The key to the one-character marks, written under the drawing: "a = arms_transfer", one entry
/// per mark in order of first use (types sharing a mark are listed together), wrapped to the
/// drawing's width but never narrower than a terminal, and never cut.
enum Legend {
  static func annotations(for edges: [GraphSketch.Edge], top: Int, width: Int)
    -> [GraphDrawing.Label]
  {
    var marks: [Character] = []
    var types: [[String]] = []
    for edge in edges {
      if let index = marks.firstIndex(of: edge.mark) {
        if !types[index].contains(edge.type) { types[index].append(edge.type) }
      } else {
        marks.append(edge.mark)
        types.append([edge.type])
      }
    }
    var labels: [GraphDrawing.Label] = []
    var x = 0
    var y = top
    for (mark, names) in zip(marks, types) {
      let text = "\(mark) = \(names.joined(separator: ", "))"
      let size = DisplayWidth.of(text)
      if x > 0 && x + size > width {
        x = 0
        y += 1
      }
      labels.append(GraphDrawing.Label(text: text, x: x, y: y, width: size))
      x += size + 3
    }
    return labels
  }
}
