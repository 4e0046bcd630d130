import DossierModel

/// The title bar on top and the status line at the bottom: where you are, what the keys are.
enum Chrome {
  static func renderTitle(_ explorer: Explorer, into grid: inout Grid) {
    grid.fill(x: 0, y: 0, width: grid.width, style: .chrome)
    var right = ""
    if explorer.analysing { right = "analysing… " }
    if explorer.history.count > 1 {
      right += "\(explorer.position + 1)/\(explorer.history.count) "
    }
    let title = "Dossier · " + (explorer.helpTop != nil ? "Keys" : explorer.pageTitle)
    // Where the list is, when the title keeps room to be read.
    if let range = explorer.listRange,
      grid.width - grid.measure(range + "  " + right) - 2 >= min(grid.measure(title), 30)
    {
      right = range + "  " + right
    }
    let rightWidth = grid.measure(right)
    let room = max(0, grid.width - rightWidth - 2)
    grid.write(
      fitting: title, x: 1, y: 0, style: Style(.chrome, bold: true, reverse: true), limit: room)
    if rightWidth < grid.width {
      grid.write(right, x: grid.width - rightWidth, y: 0, style: .chrome)
    }
  }

  static func renderStatus(_ explorer: Explorer, into grid: inout Grid) {
    let y = grid.height - 1
    if let prompt = explorer.prompt {
      var line = prompt.label + prompt.text
      if prompt.purpose == .search, let search = explorer.search, !prompt.text.isEmpty {
        let count =
          search.hits.isEmpty
          ? "  (no match)"
          : "  (\(search.hitsLabel) in "
            + "\(Plural.count(search.articleCount, "article")))"
        line += count
      }
      let used = grid.write(prompt.label + prompt.text, x: 0, y: y)
      grid.write(
        String(line.dropFirst(prompt.label.count + prompt.text.count)), x: used, y: y, style: .muted
      )
      grid.cursor = (min(used, grid.width - 1), y)
      return
    }
    if let status = explorer.status {
      grid.write(status, x: 0, y: y, style: Style(.text, bold: true))
      return
    }
    var x = 0
    for binding in hints(explorer) {
      let key = binding.keys[0].label
      let width = grid.measure(key) + grid.measure(binding.hint!) + 3
      guard x + width <= grid.width else { break }
      x += grid.write(key, x: x, y: y, style: .key)
      x += grid.write(":" + binding.hint! + "  ", x: x, y: y, style: .muted)
    }
  }

  /// The main keys of the view: its own hinted bindings, then the global ones.
  static func hints(_ explorer: Explorer) -> [KeyMap.Binding] {
    if explorer.helpTop != nil {
      return explorer.keyMap.bindings.filter { [.down, .escape].contains($0.action) }
        .map { binding in
          var hint = binding
          hint.hint = binding.action == .down ? "scroll" : "close"
          return hint
        }
    }
    let own = explorer.scope == .everywhere ? [] : explorer.keyMap.bindings(in: explorer.scope)
    var hints = (own + explorer.keyMap.bindings(in: .everywhere)).filter { $0.hint != nil }
    // The overview has one pane.
    if case .graph(_, true) = explorer.page.screen { hints.removeAll { $0.action == .nextPane } }
    return hints
  }
}
