import ArgumentParser

extension SearchCommand {
  /// `dossier search`, read straight from plain arguments, without ArgumentParser's parse.
  ///
  /// Scripts and editors call `search` in loops, and on a current index the answer takes a
  /// fraction of a millisecond. ArgumentParser's parse is most of the rest: at each start it
  /// reflects over the command tree, and the Swift runtime scans every protocol conformance
  /// of the binary for each new type it meets.
  ///
  /// Only the plain shape is read here: the command's name first, then words and these long
  /// options, each given at most once, as `--name value`. Anything else returns nil and goes
  /// to ArgumentParser, which stays the one definition of the interface: help, `--`,
  /// `--name=value`, a repeated or unknown option, a value that looks like an option, and a
  /// value or query that fails validation, whose error it reports.
  static func plain(_ arguments: [String]) -> SearchCommand? {
    guard arguments.first == Self.configuration.commandName else { return nil }
    var words: [String] = []
    var corpus: String?
    var actor: String?
    var limit = Self.defaultLimit
    var format = Self.defaultFormat
    var quiet = false
    var strict = false
    var noIndex = false
    var given: Set<String> = []
    var rest = arguments.dropFirst()
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("-") else {
        words.append(argument)
        continue
      }
      guard given.insert(argument).inserted else { return nil }
      switch argument {
      case "--quiet": quiet = true
      case "--strict": strict = true
      case "--no-index": noIndex = true
      case "--corpus", "--actor", "--limit", "--format":
        guard let value = rest.popFirst(), !value.hasPrefix("-") else { return nil }
        switch argument {
        case "--corpus": corpus = value
        case "--actor": actor = value
        case "--limit":
          guard let number = Int(argument: value) else { return nil }
          limit = number
        default:
          guard let chosen = SearchFormat(argument: value) else { return nil }
          format = chosen
        }
      default: return nil
      }
    }
    guard !words.isEmpty else { return nil }

    // Every property is set: one left as ArgumentParser's definition would stop the program
    // when read. The tests compare each property with ArgumentParser's parse.
    var options = CorpusOptions()
    options.corpus = corpus
    options.quiet = quiet
    options.strict = strict
    options.noIndex = noIndex
    var command = SearchCommand()
    command.query = words
    command.corpus = options
    command.actor = actor
    command.limit = limit
    command.format = format
    // ArgumentParser validates each group as well as the command.
    guard (try? options.validate()) != nil, (try? command.validate()) != nil else { return nil }
    return command
  }
}
