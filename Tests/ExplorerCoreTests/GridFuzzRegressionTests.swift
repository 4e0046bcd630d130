import Testing

@testable import DossierModel
@testable import ExplorerCore

/// Grid inputs the fuzzer (`scripts/fuzz.sh`, docs/fuzzing.md) found. The model's are in
/// DossierModelTests' `FuzzRegressionTests`.
@Suite struct GridFuzzRegressionTests {
  /// The sanitizer target's first input (empty: a 1x1 grid, x = -4) filled one column at
  /// x = -2. `fill` and `restyle` build `max(0, x)..<min(width, x + w)`, which traps when the
  /// rectangle lies wholly left of or right of the grid (and `fill` likewise above or below).
  @Test
  func fillAndRestyleOffTheGridDrawNothing() {
    var grid = Grid(width: 1, height: 1)
    grid.write("x", x: 0, y: 0)
    grid.fill(x: -2, y: 0, width: 1, style: .chrome)
    grid.fill(x: 3, y: 0, width: 1, style: .chrome)
    grid.fill(x: 0, y: -3, width: 1, height: 1, style: .chrome)
    grid.fill(x: 0, y: 2, width: 1, style: .chrome)
    grid.restyle(x: -3, y: 0, width: 1) { $0.bold = true }
    grid.restyle(x: 2, y: 0, width: 1) { $0.bold = true }
    #expect(grid.line(0) == "x")
    #expect(grid[0, 0].style == .plain)
  }
}
