/// What the explorer's loop needs from a terminal. The ncurses backend is the real one; tests
/// and the benchmark drive the explorer without any.
public protocol TerminalScreen {
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Shows a frame, sending only what changed since the last one.
  func draw(_ grid: Grid)
  /// The next input, waiting at most `timeout` milliseconds (negative: until there is one, or
  /// until `waker` is called).
  func nextInput(timeout: Int) -> TerminalInput
  /// Ends a wait in `nextInput` from any thread: how work finished elsewhere gets the loop's
  /// attention without the loop polling for it.
  var waker: @Sendable () -> Void { get }
  func setMouse(_ on: Bool)
  /// Repaints every cell on the next draw (Ctrl-L, after the screen was disturbed).
  func invalidate()
}

/// One read from the terminal.
public enum TerminalInput: Sendable {
  case message(Message)
  /// Nothing arrived in time.
  case timeout
  /// `waker` was called: something other than the terminal has news.
  case woken
  /// Input is gone (stdin closed, terminal hung up): time to leave.
  case closed
}
