import ArgumentParser

@main
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Explore a dossier of news articles: who says what, about whom.",
    discussion: """
      With no command, opens the full-screen explorer (`dossier explore`). Without --corpus, \
      every command uses the bundled dossier of five articles on Iran–Serbia relations.

      Exit status: 0 on success, 1 when the corpus or an article cannot be found or read, \
      2 when the explorer has no usable terminal, 64 on a usage error. Warnings about skipped or repaired files go to stderr.
      """,
    version: "0.1.0",
    subcommands: [
      ExploreCommand.self, ListCommand.self, ShowCommand.self, EntitiesCommand.self,
      ClaimsCommand.self,
      LinkCommand.self, GraphCommand.self, ExportCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )
}
