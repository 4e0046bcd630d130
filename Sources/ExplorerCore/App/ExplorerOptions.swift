/// How the explorer draws, decided once from the terminal and the environment. (Colour is the
/// backend's business: views only say what a cell means.)
public struct ExplorerOptions: Sendable, Equatable {
  /// Transliterate to ASCII and draw lines with `+-|` (a non-UTF-8 locale).
  public var ascii: Bool

  public init(ascii: Bool = false) {
    self.ascii = ascii
  }
}
