/// Below the minimum size: a message that fits, instead of a broken layout.
struct TooSmallView {
  var width: Int
  var height: Int

  func render(into grid: inout Grid) {
    let (minWidth, minHeight) = Explorer.minimumSize
    let words = "Terminal too small (\(width)x\(height)); need \(minWidth)x\(minHeight). q quits."
    var y = 0
    var line = ""
    for word in words.split(separator: " ") {
      if !line.isEmpty && grid.measure(line + " " + word) > width {
        grid.write(line, x: 0, y: y, style: .error)
        y += 1
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    grid.write(line, x: 0, y: y, style: .error)
    grid.cursor = (0, 0)
  }
}
