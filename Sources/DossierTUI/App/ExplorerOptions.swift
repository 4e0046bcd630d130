/// How the explorer draws, decided once from the terminal and the environment.
public struct ExplorerOptions: Sendable, Equatable {
  /// Transliterate to ASCII and draw lines with `+-|` (a non-UTF-8 locale).
  public var ascii: Bool
  /// No decoration: no gutter marks beyond letters, no box drawing, no colour.
  public var plain: Bool

  public init(ascii: Bool = false, plain: Bool = false) {
    self.ascii = ascii
    self.plain = plain
  }
}
