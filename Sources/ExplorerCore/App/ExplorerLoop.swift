import DossierModel

/// The explorer's main loop: wait for input or a delivery, update, run commands, draw, until
/// the user quits. The loop sleeps until one of them comes: long work (the analysis) wakes it
/// through the screen's `waker`, so the first frame comes at once and nothing is polled.
public enum ExplorerLoop {
  /// Runs until the user quits or input is gone.
  public static func run(
    _ explorer: inout Explorer, on screen: some TerminalScreen, runtime: ExplorerRuntime
  ) {
    runtime.onDelivery(screen.waker)
    let size = screen.size
    apply(runtime.send(.resize(width: size.width, height: size.height), to: &explorer), screen)
    apply(runtime.start(&explorer), screen)
    screen.draw(explorer.render())
    while !explorer.quitting {
      var messages = runtime.delivered()
      if messages.isEmpty {
        switch screen.nextInput(timeout: -1) {
        case .closed: return
        case .timeout, .woken: break
        case .message(let message): messages.append(message)
        }
        messages += runtime.delivered()
      }
      guard !messages.isEmpty else { continue }
      for message in messages where !explorer.quitting {
        apply(runtime.send(message, to: &explorer), screen)
      }
      if !explorer.quitting { screen.draw(explorer.render()) }
    }
  }

  private static func apply(_ commands: [Command], _ screen: some TerminalScreen) {
    for command in commands {
      switch command {
      case .mouse(let on): screen.setMouse(on)
      case .redraw: screen.invalidate()
      default: break
      }
    }
  }
}
