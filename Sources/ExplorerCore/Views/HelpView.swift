/// Every key, generated from the key table that handles them, over the current view.
struct HelpView {
  var keyMap: KeyMap
  /// The first help line shown.
  var top: Int

  /// The help text, one entry per line: a heading per scope, then "keys  what it does".
  static func lines(keyMap: KeyMap) -> [(keys: String, help: String, heading: Bool)] {
    var lines: [(String, String, Bool)] = []
    for scope in KeyMap.Scope.allCases {
      let bindings = keyMap.bindings(in: scope)
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append(("", "", false)) }
      lines.append((scope.rawValue, "", true))
      for binding in bindings {
        lines.append((binding.keys.map(\.label).joined(separator: " "), binding.help, false))
      }
    }
    return lines
  }

  func render(into grid: inout Grid, area: Rect) {
    grid.fill(x: area.x, y: area.y, width: area.width, height: area.height, style: .plain)
    grid.write(
      fitting: "Keys (j/k scroll, Esc or q closes). Mouse: M. Search ignores case and accents.",
      x: area.x, y: area.y, style: .heading, limit: area.width)
    let all = Self.lines(keyMap: keyMap)
    let keyWidth = min(24, max(8, area.width / 3))
    let room = max(0, area.height - 2)
    for (offset, line) in all.dropFirst(top).prefix(room).enumerated() {
      let y = area.y + 2 + offset
      if line.heading {
        grid.write(line.keys, x: area.x + 1, y: y, style: .heading)
      } else {
        grid.write(fitting: line.keys, x: area.x + 2, y: y, style: .key, limit: keyWidth - 1)
        grid.write(
          fitting: line.help, x: area.x + 2 + keyWidth, y: y, limit: area.width - keyWidth - 2)
      }
    }
    ListRows.scrollMarks(
      above: top, below: max(0, all.count - top - room),
      area: Rect(x: area.x, y: area.y + 2, width: area.width, height: room),
      glyphs: grid.ascii ? .ascii : .unicode, into: &grid)
    grid.cursor = (area.x, area.y)
  }
}
