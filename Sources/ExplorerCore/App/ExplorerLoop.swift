import Synchronization
import DossierModel

/// The explorer's main loop: read input, update, draw, run effects, until the user quits.
/// Analysis of the dossier runs in the background so the first frame comes at once; its result
/// arrives as a message like any other.
public enum ExplorerLoop {
  /// Work running off the main loop whose result the loop polls for.
  public final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)

    public init(_ work: @escaping @Sendable () -> Value) {
      Task.detached { [self] in
        let value = work()
        self.result.withLock { $0 = value }
      }
    }

    /// The result, once (nil while running and after it was taken).
    public func take() -> Value? {
      result.withLock { value in
        defer { value = nil }
        return value
      }
    }
  }

  /// Runs until the user quits or input is gone. `perform` carries out an effect that is not
  /// about the terminal and returns an error to show, if any.
  public static func run(
    _ explorer: inout Explorer, on screen: some TerminalScreen,
    analysis: Background<Dossier>?, perform: (Effect) -> String?
  ) {
    var analysis = analysis
    _ = explorer.update(.resize(width: screen.size.width, height: screen.size.height))
    screen.draw(explorer.render())
    while !explorer.quitting {
      var changed = false
      switch screen.nextInput(timeout: analysis == nil ? -1 : 30) {
      case .closed:
        return
      case .timeout:
        break
      case .message(let message):
        for effect in explorer.update(message) {
          switch effect {
          case .mouse(let on): screen.setMouse(on)
          case .redraw: screen.invalidate()
          default:
            if let failure = perform(effect) { _ = explorer.update(.failed(failure)) }
          }
        }
        changed = true
      }
      if let dossier = analysis?.take() {
        analysis = nil
        _ = explorer.update(.analysed(dossier))
        changed = true
      }
      if changed && !explorer.quitting { screen.draw(explorer.render()) }
    }
  }
}
