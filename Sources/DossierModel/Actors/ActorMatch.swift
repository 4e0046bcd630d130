/// One place an actor of the gazetteer is named in a text.
public struct ActorMatch: Sendable, Hashable {
  public var actorID: String
  /// The surface form exactly as in the input ("Vučić" in "Vučić’s").
  public var text: String
  /// Byte offsets of `text` in the input's UTF-8, for highlighting.
  public var utf8Range: Range<Int>

  public init(actorID: String, text: String, utf8Range: Range<Int>) {
    self.actorID = actorID
    self.text = text
    self.utf8Range = utf8Range
  }
}
