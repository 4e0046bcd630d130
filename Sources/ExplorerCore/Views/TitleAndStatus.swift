import DossierModel

/// The title bar on top: where you are, where the list is, whether the analysis still runs.
struct TitleBar {
  /// What the page is ("Articles (5; dossier order)"), or "Keys" under help.
  var title: String
  var analysing: Bool
  /// The page's place in the history, 1-based, and the history's length.
  var position: Int
  var pages: Int
  /// "12-32 of 114", when the list does not fit.
  var listRange: String?

  func render(into grid: inout Grid) {
    grid.fill(x: 0, y: 0, width: grid.width, style: .chrome)
    var right = ""
    if analysing { right = "analysing… " }
    if pages > 1 { right += "\(position)/\(pages) " }
    let title = "Dossier · " + title
    // Where the list is, when the title keeps room to be read.
    if let listRange,
      grid.width - grid.measure(listRange + "  " + right) - 2 >= min(grid.measure(title), 30)
    {
      right = listRange + "  " + right
    }
    let rightWidth = grid.measure(right)
    let room = max(0, grid.width - rightWidth - 2)
    grid.write(
      fitting: title, x: 1, y: 0, style: Style(.chrome, bold: true, reverse: true), limit: room)
    if rightWidth < grid.width {
      grid.write(right, x: grid.width - rightWidth, y: 0, style: .chrome)
    }
  }
}

/// The status line at the bottom: the prompt being typed (with a search's live hit count), a
/// one-off message, or the main keys of the view.
struct StatusLine {
  var prompt: Prompt?
  /// The hits of the search being typed.
  var search: SearchState?
  var status: String?
  /// The bindings to hint at, in order, while they fit.
  var hints: [KeyMap.Binding]

  func render(into grid: inout Grid) {
    let y = grid.height - 1
    if let prompt {
      var line = prompt.label + prompt.text
      if prompt.purpose == .search, let search, !prompt.text.isEmpty {
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
    if let status {
      grid.write(status, x: 0, y: y, style: Style(.text, bold: true))
      return
    }
    var x = 0
    for binding in hints {
      let key = binding.keys[0].label
      let width = grid.measure(key) + grid.measure(binding.hint!) + 3
      guard x + width <= grid.width else { break }
      x += grid.write(key, x: x, y: y, style: .key)
      x += grid.write(":" + binding.hint! + "  ", x: x, y: y, style: .muted)
    }
  }

  /// The main keys of a view: its own hinted bindings, then the global ones; under help, how
  /// to scroll and close it.
  static func hints(keyMap: KeyMap, scope: KeyMap.Scope, screen: Screen, help: Bool)
    -> [KeyMap.Binding]
  {
    if help {
      return keyMap.bindings.filter { [.down, .escape].contains($0.action) }
        .map { binding in
          var hint = binding
          hint.hint = binding.action == .down ? "scroll" : "close"
          return hint
        }
    }
    let own = scope == .everywhere ? [] : keyMap.bindings(in: scope)
    var hints = (own + keyMap.bindings(in: .everywhere)).filter { $0.hint != nil }
    // The overview has one pane.
    if case .graph(_, true) = screen { hints.removeAll { $0.action == .nextPane } }
    return hints
  }
}
