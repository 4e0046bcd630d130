import Testing

@testable import DossierModel
@testable import ExplorerCore

/// Every view survives any terminal size, and help is the whole key table.
@Suite struct ResizeTests {
  /// Ways to reach each view with keys.
  static let views: [(name: String, keys: @Sendable (inout Session) -> Void)] = [
    ("articles", { _ in }),
    ("reader", { $0.press(.enter, .character("]"), .character("]")) }),
    (
      "links",
      {
        $0.search("unlikely"); $0.press(.enter)
      }
    ),
    ("actors", { $0.press(.character("a")) }),
    ("claims", { $0.press(.character("a"), .enter) }),
    (
      "search hits",
      {
        $0.search("drone"); $0.press(.character("S"))
      }
    ),
    ("graph", { $0.press(.enter, .character("r")) }),
    ("graph pane", { $0.press(.enter, .character("r"), .tab) }),
    ("overview", { $0.press(.enter, .character("r"), .character("o")) }),
    ("help", { $0.press(.character("?")) }),
    (
      "prompt",
      {
        $0.press(.character("/")); $0.type("Kosovo")
      }
    ),
  ]

  static let sizes = [
    Size(30, 8), Size(200, 60), Size(1, 1), Size(10, 3), Size(29, 8), Size(30, 7), Size(2, 50),
    Size(300, 2), Size(31, 9), Size(0, 0),
  ]

  /// Keys pressed after the resize, each followed by a render. (No `o`: every frame of the
  /// overview lays the whole graph out again, which is slow in a debug build; the overview
  /// view gets the first three keys only.)
  static let keys: [Key] = [
    .character("j"), .character("]"), .character(" "), .character("G"), .character("k"),
    .character("["), .tab, .enter, .character("j"), .character("x"), .character("U"),
    .character("h"), .character("l"), .character("g"), .character("R"), .character("j"),
    .character("?"), .character("G"), .escape, .character("h"),
  ]

  func expectShape(
    _ grid: Grid, _ size: Size, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      grid.width == size.width && grid.height == size.height, "\(what)",
      sourceLocation: sourceLocation)
    for y in 0..<grid.height {
      let row = grid.row(y)
      #expect(row.count == size.width, sourceLocation: sourceLocation)
      #expect(
        row.reduce(0) { $0 + $1.width } == size.width,
        "\(what): row \(y) is not \(size.width) columns", sourceLocation: sourceLocation)
    }
    if let cursor = grid.cursor, grid.width > 0, grid.height > 0 {
      #expect(
        grid.contains(x: cursor.x, y: cursor.y), "\(what): cursor \(cursor) off the grid",
        sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: sizes)
  func everyViewRendersAGridOfExactlyTheTerminalSize(size: Size) {
    for view in Self.views {
      var session = Session()
      view.keys(&session)
      session.resize(size.width, size.height)
      expectShape(session.grid, size, "\(view.name) at \(size)")
      for key in view.name == "overview" ? Array(Self.keys.prefix(3)) : Self.keys {
        session.press(key)
        expectShape(session.grid, size, "\(view.name) at \(size) after \(key.label)")
      }
      session.resize(80, 24)
      expectShape(session.grid, Size(80, 24), "\(view.name) back at 80x24")
    }
  }

  @Test func tooSmallSaysSoAndOnlyQuitKeysWork() {
    var session = Session(width: 29, height: 8)
    #expect(session.grid.flowingText.hasPrefix("Terminal too small (29x8); need 30x8. q quits."))
    session.press(.enter, .character("j"), .character("?"))
    #expect(session.screen == .articles && session.explorer.helpTop == nil)
    session.resize(30, 8)
    #expect(!session.text.contains("too small"))
    session.resize(10, 3)
    session.press(.character("q"))
    #expect(session.explorer.quitting)
  }

  /// After a resize the reader keeps its claim on screen: growing the terminal does.
  @Test(arguments: [Size(200, 60), Size(80, 30)])
  func theCurrentClaimStaysInViewWhenTheTerminalGrows(size: Size) {
    expectClaimInViewAfterResize(to: size)
  }

  /// Shrinking it too: the text reflows to the new width and the reader scrolls so that the
  /// current claim is on screen, with the cursor on its first line.
  @Test(arguments: [Size(30, 8), Size(50, 12), Size(80, 10)])
  func theCurrentClaimStaysInViewWhenTheTerminalShrinks(size: Size) {
    expectClaimInViewAfterResize(to: size)
  }

  private func expectClaimInViewAfterResize(
    to size: Size, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var session = Session()
    session.press(.enter)
    session.press(.character("]"), times: 12)
    let claim = session.page.claim!
    session.resize(size.width, size.height)
    #expect(session.page.claim == claim, sourceLocation: sourceLocation)
    let layout = session.explorer.peekLayout(of: session.readerArticle!)
    let lines = layout.claimLines[claim]!
    let view = session.page.top..<(session.page.top + session.explorer.readerHeight)
    #expect(
      lines.overlaps(view), "claim on lines \(lines) but the view is \(view) after the resize",
      sourceLocation: sourceLocation)
    let cursor = session.grid.cursor
    #expect(
      cursor?.y == 1 + lines.lowerBound - session.page.top,
      "the cursor rests on the claim", sourceLocation: sourceLocation)
  }
}

@Suite struct HelpTests {
  /// Help is generated from the key table: scrolling through it shows every binding's help
  /// text and keys, under every scope's heading.
  @Test(arguments: [Size(80, 24), Size(120, 40)])
  func helpShowsEveryBindingOfTheKeyTable(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.character("?"))
    var seen: [String] = []
    for _ in 0..<200 {
      seen += (2..<(size.height - 1)).map { session.grid.line($0) }
      let top = session.explorer.helpTop
      session.press(.character("j"))
      if session.explorer.helpTop == top { break }
    }
    #expect(session.explorer.helpTop != nil, "j scrolls help, it does not close it")
    #expect(!session.grid.text.contains("▼"), "at the bottom, nothing more below")
    let all = seen.joined(separator: "\n")
    for binding in KeyMap.standard.bindings {
      let keys = binding.keys.map(\.label).joined(separator: " ")
      #expect(
        seen.contains { $0.hasPrefix("  " + keys + " ") && $0.hasSuffix("  " + binding.help) },
        "help lacks \(keys): \(binding.help)")
    }
    for scope in KeyMap.Scope.allCases {
      #expect(all.contains(" " + scope.rawValue))
    }
  }

  @Test func everyActionHasAKeyAndNoKeyIsBoundTwiceInAScope() {
    let map = KeyMap.standard
    for action in Action.allCases {
      #expect(map.bindings.contains { $0.action == action }, "\(action) has no key")
    }
    for scope in KeyMap.Scope.allCases {
      let keys = map.bindings(in: scope).flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "a key is bound twice in \(scope)")
    }
  }

  /// Help says "Esc or q closes": every key that is not a scroll key closes help and does
  /// nothing else.
  @Test func aKeyThatDoesNotScrollClosesHelpOnly() {
    var session = Session()
    session.press(.enter, .character("?"))
    session.press(.character("]"))
    #expect(session.explorer.helpTop == nil)
    #expect(
      session.page.claim == session.explorer.peekLayout(of: session.readerArticle!).claims.first)
  }
}
