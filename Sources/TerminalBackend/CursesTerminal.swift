import CNcursesw
import DossierModel
import ExplorerCore

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
  private let wakePipe: WakePipe

  /// Takes over the terminal. Call `close()` (or let a signal handler restore it) when done.
  public init(colours: Colours) throws(Failure) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    guard !term.isEmpty, term != "dumb" else {
      throw .unsupported(term: term.isEmpty ? "(unset)" : term)
    }
    guard let wakePipe = WakePipe() else { throw .notATerminal }
    self.wakePipe = wakePipe
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

  public var waker: @Sendable () -> Void {
    let pipe = wakePipe
    return { pipe.wake() }
  }

  /// Sleeps in `poll(2)` on stdin and the wake pipe together; ncurses reads only once stdin
  /// has something (or a signal, such as a resize, interrupted the wait). What ncurses has
  /// already buffered (the rest of a paste) is taken first, without waiting.
  public func nextInput(timeout: Int) -> TerminalInput {
    let started = Self.milliseconds()
    if let buffered = read(countingFailure: false) { return buffered }
    while true {
      let left = timeout < 0 ? -1 : max(0, timeout - (Self.milliseconds() - started))
      switch wakePipe.wait(for: STDIN_FILENO, timeout: left) {
      case .woken:
        wakePipe.drain()
        return .woken
      case .timeout:
        return .timeout
      case .interrupted:
        // A signal: a resize makes ncurses report KEY_RESIZE; any other, wait on.
        if let input = read(countingFailure: false) { return input }
      case .input:
        if let input = read(countingFailure: true) { return input }
        // Readable yet nothing read, many times in a row: input is gone (stdin closed, the
        // terminal hung up); leave instead of spinning.
        if failedReads > 100 { return .closed }
      }
      if timeout >= 0 && Self.milliseconds() - started >= timeout { return .timeout }
    }
  }

  /// One `wget_wch` that does not wait (beyond the escape delay inside a key's sequence); nil
  /// when it read nothing.
  private func read(countingFailure: Bool) -> TerminalInput? {
    wtimeout(dossier_stdscr(), 0)
    var character: wint_t = 0
    let result = wget_wch(dossier_stdscr(), &character)
    if result == ERR {
      if countingFailure { failedReads += 1 }
      return nil
    }
    failedReads = 0
    if result == KEY_CODE_YES { return function(Int32(character)) }
    return KeyDecoding.key(character: UInt32(character)).map { .message(.key($0)) } ?? .timeout
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

  private func function(_ code: Int32) -> TerminalInput {
    if let named = KeyDecoding.key(function: code) { return .message(.key(named)) }
    if code == KEY_RESIZE {
      previous = nil
      return .message(.resize(width: size.width, height: size.height))
    }
    if code == KEY_MOUSE {
      var event = MEVENT()
      guard getmouse(&event) == OK else { return .timeout }
      return .message(
        .mouse(KeyDecoding.mouse(state: event.bstate, x: Int(event.x), y: Int(event.y))))
    }
    return .timeout
  }

  private static func milliseconds() -> Int { Int(MonotonicClock.seconds() * 1000) }
}

/// How ncurses' key codes become the explorer's keys: pure, so it is tested without a terminal.
public enum KeyDecoding {
  /// A character `wget_wch` read (`OK`): control codes by name, the rest as characters, and
  /// nil for what is neither (other C0 controls, a code that is no scalar).
  public static func key(character code: UInt32) -> Key? {
    switch code {
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
    default:
      guard code >= 32, let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A function key `wget_wch` decoded (`KEY_CODE_YES`); nil for one the explorer does not use
  /// and for the resize and mouse codes, which the backend reads itself.
  public static func key(function code: Int32) -> Key? {
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
  }

  /// A mouse report's button state: the wheel, else a click where it happened.
  public static func mouse(state: mmask_t, x: Int, y: Int) -> MouseEvent {
    if state & mmask_t(dossier_BUTTON4_PRESSED) != 0 { return .wheelUp }
    if state & mmask_t(dossier_BUTTON5_PRESSED) != 0 { return .wheelDown }
    return .click(x: x, y: y)
  }
}
