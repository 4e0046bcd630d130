/// A name the gazetteer lacks, found by `NameDetector` from the words around it.
public struct DetectedName: Sendable, Hashable {
  /// The name with its whitespace collapsed, for display and slugs.
  public var name: String
  public var kind: ActorKind
  /// The surface form exactly as in the input.
  public var text: String
  /// Byte offsets of `text` in the input's UTF-8.
  public var utf8Range: Range<Int>
  /// Byte offsets of the title that introduced it ("Defense Minister" in "Israeli Defense
  /// Minister Benny Gantz", "national security adviser" in an appositive), when one did: the
  /// words around a title say whose official the person is.
  public var title: Range<Int>?

  public init(
    name: String, kind: ActorKind, text: String, utf8Range: Range<Int>, title: Range<Int>? = nil
  ) {
    self.name = name
    self.kind = kind
    self.text = text
    self.utf8Range = utf8Range
    self.title = title
  }
}
