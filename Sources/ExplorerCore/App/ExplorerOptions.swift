/// How the explorer starts, decided once from the terminal, the environment and the command
/// line. (Colour is the backend's business: views only say what a cell means.)
public struct ExplorerOptions: Sendable, Equatable {
  /// Transliterate to ASCII and draw lines with `+-|` (a non-UTF-8 locale).
  public var ascii: Bool
  /// Mouse reporting on from the start (`M` toggles it).
  public var mouse: Bool

  public init(ascii: Bool = false, mouse: Bool = false) {
    self.ascii = ascii
    self.mouse = mouse
  }
}
