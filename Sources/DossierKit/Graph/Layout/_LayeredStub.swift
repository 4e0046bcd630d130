// TEMPORARY until the layered layout lands.
public struct LayeredLayout: Sendable {
  public var glyphs: Glyphs
  public init(glyphs: Glyphs = .unicode) { self.glyphs = glyphs }
  public func draw(_ sketch: GraphSketch, focus: String?) -> GraphDrawing {
    GraphDrawing(width: 1, height: 1, nodes: [], edges: [], rows: [""])
  }
}
