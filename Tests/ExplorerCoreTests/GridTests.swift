import Testing

@testable import ExplorerCore

@Suite struct GridTests {
  @Test func wideCharactersTakeTwoCellsAndAreNeverCut() {
    var grid = Grid(width: 5, height: 1)
    let used = grid.write("塞尔维亚", x: 0, y: 0)
    #expect(used == 4)
    #expect(grid.line(0) == "塞尔")
  }

  @Test func escapeSequencesNeverReachTheGrid() {
    var grid = Grid(width: 40, height: 1)
    grid.write("a\u{1B}]0;owned\u{07}b\u{9B}2J", x: 0, y: 0)
    let text = grid.line(0)
    #expect(
      !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 })
    #expect(text.hasPrefix("a^[]0;owned^Gb"))
  }
}
