import ArgumentParser
import DossierModel
import TerminalText

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print one cleaned article, wrapped to the terminal width.")

  @OptionGroup var corpus: CorpusOptions

  @Argument(help: "The article: its id, a unique prefix of it, or its number in `dossier list`.")
  var article: String

  @Option(help: "Wrap to this many columns (default: the terminal's width, or 80).")
  var width: Int?

  @Flag(help: "Also list the lines the cleaner removed, with the reason for each.")
  var removed = false

  func validate() throws {
    if let width, width < 20 || width > 1000 {
      throw ValidationError("--width must be between 20 and 1000")
    }
  }

  func run() throws {
    guard let article = try corpus.session.article(matching: article) else {
      throw CommandFailure(
        "no article matches '\(Output.display(self.article))'; see `dossier list`")
    }
    let columns = width ?? Output.terminalWidth.map { min($0, 100) } ?? 80
    let rule = Output.asciiOnly ? "-" : "─"
    for line in TextWrapping.wrap(Output.display(article.title), width: columns) {
      Output.line(line)
    }
    let credits = [article.byline.map { "By " + $0 }, article.outlet, article.published]
      .compactMap { $0 }
    if !credits.isEmpty {
      Output.line(Output.display(credits.joined(separator: " · ")))
    }
    Output.line(String(repeating: rule, count: min(columns, 40)))
    for paragraph in article.paragraphs {
      let text = article.sentences(of: paragraph).map(\.text).joined(separator: " ")
      Output.line()
      switch paragraph.kind {
      case .heading:
        let heading = Output.display(text)
        Output.line(heading)
        Output.line(String(repeating: rule, count: min(columns, DisplayWidth.of(heading))))
      case .standfirst:
        TextWrapping.wrap(Output.display(text), width: columns - 2).forEach {
          Output.line("  " + $0)
        }
      case .text:
        TextWrapping.wrap(Output.display(text), width: columns).forEach { Output.line($0) }
      }
    }
    if let bio = article.authorBio {
      Output.line()
      TextWrapping.wrap(Output.display(bio), width: columns).forEach { Output.line($0) }
    }
    if removed {
      Output.line()
      Output.line("Removed lines (\(article.removed.count)):")
      for line in article.removed {
        let prefix = "  line \(line.line), \(line.reason.rawValue): "
        Output.line(
          prefix
            + TextWrapping.truncate(
              Output.display(line.text), width: max(10, columns - prefix.count)))
      }
    }
  }
}
