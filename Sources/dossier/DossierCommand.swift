import ArgumentParser
import DossierStorage

@main
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Explore a dossier of news articles: who says what, about whom.",
    discussion: """
      With no command, opens the full-screen explorer (`dossier explore`). Without --corpus, \
      every command uses the bundled dossier of five articles on Iran–Serbia relations.

      Exit status: 0 on success, also when files were skipped or repaired (each such file \
      gets one warning line on stderr naming it and saying why); 1 when the corpus or an \
      article cannot be found or read, or no file in it is usable; 2 when the explorer has no \
      usable terminal; 3 with --strict when any file got such a warning (the output is still \
      printed in full: scripts that must not miss a bad file ask for it); 64 on a usage error.
      """,
    version: "0.1.0",
    subcommands: [
      ExploreCommand.self, ListCommand.self, ShowCommand.self, EntitiesCommand.self,
      ClaimsCommand.self,
      LinkCommand.self, GraphCommand.self, ExportCommand.self, IndexCommand.self,
      SearchCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )

  /// ArgumentParser's `main`, then `--strict`: status 3 once the command has done its work, if
  /// any file of the corpus was skipped or repaired. An error's status takes precedence.
  /// A corpus that cannot be read is said as every runtime failure is.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as CorpusFailure {
      switch failure {
      case .unreadable(let reason): exit(withError: CommandFailure(Output.display(reason)))
      case .unknownActor: exit(withError: CommandFailure(failure.description))
      }
    } catch {
      exit(withError: error)
    }
    if CorpusOptions.strictWarnings.load(ordering: .relaxed) { exit(withError: ExitCode(3)) }
  }
}
