import ExplorerCore
import CNcursesw
import DossierModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one file that talks to ncurses: starts and restores the terminal, draws a grid (only the
/// rows that changed; ncurses then sends only the changed cells), and decodes keys, mouse and
/// resizes into messages.
public final class CursesTerminal: TerminalScreen {
  /// Why the explorer cannot start here.
  public enum Failure: Error, CustomStringConvertible {
    case notATerminal
    case unsupported(term: String)

    public var description: String {
      switch self {
      case .notATerminal:
        "the explorer needs a terminal on stdin and stdout"
      case .unsupported(let term):
        "the terminal type '\(term)' cannot draw a full-screen view"
      }
    }
  }

  /// How much colour to use.
  public enum Colours: Sendable {
    case full, monochrome, none
  }

  private let screen: OpaquePointer
  private var previous: Grid?
  private var pairs: [Style.Role: Int16] = [:]
  private let colours: Colours
  private var failedReads = 0

  /// Takes over the terminal. Call `close()` (or let a signal handler restore it) when done.
  public init(colours: Colours) throws(Failure) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    guard !term.isEmpty, term != "dumb" else {
      throw .unsupported(term: term.isEmpty ? "(unset)" : term)
    }
    // newterm, unlike initscr, returns NULL on an unknown TERM instead of exiting.
    guard let screen = newterm(nil, dossier_stdout(), dossier_stdin()) else {
      throw .unsupported(term: term)
    }
    guard dossier_can_address_cursor() != 0 else {
      endwin()
      delscreen(screen)
      throw .unsupported(term: term)
    }
    self.screen = screen
    TerminalSignals.restoreTerminal = { _ = endwin() }
    TerminalSignals.terminalActive = true
    cbreak()
    noecho()
    nonl()
    keypad(dossier_stdscr(), true)
    set_escdelay(25)
    // The cursor stays visible on the focused row, for screen readers.
    curs_set(1)
    if colours != .none && colours != .monochrome && has_colors() {
      self.colours = .full
      start_color()
      use_default_colors()
      definePairs()
    } else {
      self.colours = colours == .none ? .none : .monochrome
    }
  }

  /// Gives the terminal back as it was.
  public func close() {
    TerminalSignals.withSignalsBlocked {
      guard TerminalSignals.terminalActive else { return }
      TerminalSignals.terminalActive = false
      endwin()
      delscreen(screen)
    }
  }

  public var size: (width: Int, height: Int) {
    (Int(getmaxx(dossier_stdscr())), Int(getmaxy(dossier_stdscr())))
  }

  public func draw(_ grid: Grid) {
    let window = dossier_stdscr()
    let fresh = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if fresh { werase(window) }
    for y in 0..<grid.height {
      let row = grid.row(y)
      if !fresh, let previous, previous.row(y).elementsEqual(row) { continue }
      var x = 0
      for cell in row {
        defer { x += 1 }
        guard !cell.isContinuation else { continue }
        put(cell, x: x, y: y, window: window)
      }
    }
    let cursor = grid.cursor ?? (0, max(0, grid.height - 1))
    wmove(window, Int32(cursor.y), Int32(cursor.x))
    wnoutrefresh(window)
    doupdate()
    previous = grid
  }

  public func invalidate() {
    previous = nil
    clearok(dossier_stdscr(), true)
  }

  public func setMouse(_ on: Bool) {
    let mask =
      on
      ? dossier_BUTTON1_CLICKED | dossier_BUTTON1_PRESSED | dossier_BUTTON4_PRESSED
        | dossier_BUTTON5_PRESSED : 0
    mousemask(mmask_t(mask), nil)
  }

  public func nextInput(timeout: Int) -> TerminalInput {
    wtimeout(dossier_stdscr(), Int32(timeout))
    var character: wint_t = 0
    let started = Self.milliseconds()
    let result = wget_wch(dossier_stdscr(), &character)
    if result == ERR {
      // A blocking read that fails, or a timed one that fails at once, means input is gone;
      // after many in a row, leave instead of spinning.
      if timeout < 0 || Self.milliseconds() - started < timeout / 2 {
        failedReads += 1
        return failedReads > 100 ? .closed : .timeout
      }
      return .timeout
    }
    failedReads = 0
    if result == KEY_CODE_YES { return function(Int32(character)) }
    return key(UInt32(character)).map { .message(.key($0)) } ?? .timeout
  }

  // MARK: - Drawing

  private func put(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
    var scalars = cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)).map {
      wchar_t(bitPattern: $0.value)
    }
    if scalars.isEmpty { scalars = [wchar_t(32)] }
    scalars.append(0)
    let (attributes, pair) = look(cell.style)
    var drawn = cchar_t()
    setcchar(&drawn, scalars, attributes, pair, nil)
    mvwadd_wch(window, Int32(y), Int32(x), &drawn)
  }

  /// The attributes and colour pair of a style, in this terminal's colour mode.
  private func look(_ style: Style) -> (attr_t, Int16) {
    var attributes = dossier_A_NORMAL
    if style.reverse { attributes |= dossier_A_REVERSE }
    if colours == .none { return (attributes, 0) }
    if style.bold { attributes |= dossier_A_BOLD }
    if style.underline { attributes |= dossier_A_UNDERLINE }
    switch colours {
    case .full:
      if style.role == .muted { attributes |= dossier_A_DIM }
      return (attributes, pairs[style.role] ?? 0)
    default:
      // Monochrome: meaning carried by attributes alone (NO_COLOR).
      switch style.role {
      case .actor: attributes |= dossier_A_UNDERLINE
      case .contested, .error, .match: attributes |= dossier_A_BOLD
      case .muted: attributes |= dossier_A_DIM
      default: break
      }
      return (attributes, 0)
    }
  }

  /// Colours that read on dark and light backgrounds: the terminal's own default background,
  /// mid-tone foregrounds when 256 colours are there, the basic eight otherwise.
  private func definePairs() {
    let rich = dossier_colors() >= 256
    let table: [(Style.Role, Int16, Int16)] = [
      (.actor(.country), rich ? 31 : Int16(COLOR_CYAN), -1),
      (.actor(.organization), rich ? 127 : Int16(COLOR_MAGENTA), -1),
      (.actor(.person), rich ? 28 : Int16(COLOR_GREEN), -1),
      (.actor(.group), rich ? 130 : Int16(COLOR_YELLOW), -1),
      (.actor(.weapon), rich ? 160 : Int16(COLOR_RED), -1),
      (.actor(.place), rich ? 26 : Int16(COLOR_BLUE), -1),
      (.confirmed, rich ? 28 : Int16(COLOR_GREEN), -1),
      (.contested, rich ? 160 : Int16(COLOR_RED), -1),
      (.error, Int16(COLOR_RED), -1),
      (.match, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
    ]
    for (index, entry) in table.enumerated() where index + 1 < dossier_color_pairs() {
      init_pair(Int16(index + 1), entry.1, entry.2)
      pairs[entry.0] = Int16(index + 1)
    }
  }

  // MARK: - Input

  private func key(_ code: UInt32) -> Key? {
    switch code {
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
    default:
      guard let scalar = Unicode.Scalar(code), code >= 32 else { return nil }
      return .character(Character(scalar))
    }
  }

  private func function(_ code: Int32) -> TerminalInput {
    let named: Key? =
      switch code {
      case KEY_UP: .up
      case KEY_DOWN: .down
      case KEY_LEFT: .left
      case KEY_RIGHT: .right
      case KEY_NPAGE: .pageDown
      case KEY_PPAGE: .pageUp
      case KEY_HOME: .home
      case KEY_END: .end
      case KEY_ENTER: .enter
      case KEY_BACKSPACE: .backspace
      case KEY_BTAB: .backTab
      case KEY_DC: .delete
      default: nil
      }
    if let named { return .message(.key(named)) }
    if code == KEY_RESIZE {
      previous = nil
      return .message(.resize(width: size.width, height: size.height))
    }
    if code == KEY_MOUSE {
      var event = MEVENT()
      guard getmouse(&event) == OK else { return .timeout }
      let state = event.bstate
      if state & mmask_t(dossier_BUTTON4_PRESSED) != 0 { return .message(.mouse(.wheelUp)) }
      if state & mmask_t(dossier_BUTTON5_PRESSED) != 0 { return .message(.mouse(.wheelDown)) }
      return .message(.mouse(.click(x: Int(event.x), y: Int(event.y))))
    }
    return .timeout
  }

  private static func milliseconds() -> Int { Int(MonotonicClock.seconds() * 1000) }
}
