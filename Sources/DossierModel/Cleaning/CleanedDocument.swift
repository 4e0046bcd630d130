/// An article after cleaning and before sentence splitting: metadata, body blocks in reading
/// order, and the removed lines.
public struct CleanedDocument: Sendable, Hashable {
  /// One paragraph of the kept body.
  public struct Block: Sendable, Hashable {
    public var kind: Paragraph.Kind
    public var text: String
  }

  public var title: String
  public var byline: String?
  public var outlet: String?
  public var authorBio: String?
  public var blocks: [Block]
  public var removed: [RemovedLine]
}
