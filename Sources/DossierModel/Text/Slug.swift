extension AsciiFolding {
  /// A lower-case ASCII identifier: "Aleksandar Vučić" → "aleksandar-vucic".
  public func slug(_ text: some StringProtocol) -> String {
    var slug = ""
    for character in fold(text).lowercased() {
      if character.isASCII && (character.isLetter || character.isNumber) {
        slug.append(character)
      } else if !slug.isEmpty && slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug
  }
}
