/// "1 hit", "3 hits": counts people read.
enum Plural {
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
