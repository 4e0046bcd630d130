import ArgumentParser
import DossierModel

/// `dossier link confirm|reject|forget|list`: the analyst's word on cross-references.
struct LinkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "link",
    abstract: "Confirm or reject a cross-reference between two claims; judgements persist.",
    discussion: """
      Judgements are kept in .dossier/judgements.json beside the corpus, or in \
      $XDG_DATA_HOME/dossier/ when the corpus folder is read-only or is the bundled dossier. \
      A rejected link is never proposed again; confirmed links are marked in `dossier claims \
      --links` and in the export. Claims are named as `dossier claims` prints them (002:10).
      """,
    subcommands: [Confirm.self, Reject.self, Forget.self, List.self])

  /// The two claims a judgement is about.
  struct Pair: ParsableArguments {
    @Argument(help: "One claim (ARTICLE:SENTENCE, as `dossier claims` prints it).")
    var from: String

    @Argument(help: "The claim of another article it is linked to.")
    var to: String

    /// Both claims, and the link the analyser proposes between them (ignoring judgements).
    func resolve(in dossier: Dossier) throws -> (Claim, Claim, CrossReference) {
      var claims: [Claim] = []
      for key in [from, to] {
        guard let claim = dossier.claim(matching: key) else {
          throw CommandFailure(
            "no claim '\(Output.display(key))'; `dossier claims` lists them as ARTICLE:SENTENCE")
        }
        claims.append(claim)
      }
      guard
        let link = dossier.links(of: claims[0].id).first(where: {
          $0.other(than: claims[0].id) == claims[1].id
        })
      else {
        throw CommandFailure(
          "no link between \(Output.display(from)) and \(Output.display(to)); see `dossier claims --links`"
        )
      }
      return (claims[0], claims[1], link)
    }
  }

  struct Confirm: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "confirm", abstract: "Mark a link as right.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var pair: Pair
    func run() throws { try judge(.confirmed, pair: pair, corpus: corpus) }
  }

  struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reject", abstract: "Mark a link as wrong: it is not proposed again.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var pair: Pair
    func run() throws { try judge(.rejected, pair: pair, corpus: corpus) }
  }

  struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "forget", abstract: "Drop the judgement on a link.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var pair: Pair
    func run() throws {
      let dossier = try corpus.session.dossier(judged: false)
      let (from, to, _) = try pair.resolve(in: dossier)
      let store = corpus.judgements
      if try store.forget(dossier.anchor(of: from), dossier.anchor(of: to)) {
        Output.line(
          Output.display(
            "forgot the judgement on \(dossier.shortKey(of: from)) - \(dossier.shortKey(of: to))"
          ))
      } else {
        Output.error("no judgement on \(dossier.shortKey(of: from)) - \(dossier.shortKey(of: to))")
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the recorded judgements.")
    @OptionGroup var corpus: CorpusOptions
    func run() throws {
      let store = corpus.judgements
      let dossier = try corpus.session.dossier(judged: false)
      for judgement in try store.load() {
        let key = { (anchor: ClaimAnchor) in
          dossier.claimID(for: anchor).flatMap(dossier.claim(id:)).map(dossier.shortKey(of:))
            ?? "\(anchor.article):\(anchor.sentence) (gone)"
        }
        Output.line(
          Output.display(
            "\(judgement.verdict.rawValue)\t\(key(judgement.from))\t\(key(judgement.to))\t\(judgement.date)"
          ))
      }
    }
  }

  static func judge(_ verdict: Judgement.Verdict, pair: Pair, corpus: CorpusOptions) throws {
    let dossier = try corpus.session.dossier(judged: false)
    let (from, to, link) = try pair.resolve(in: dossier)
    let store = corpus.judgements
    try store.record(
      Judgement(
        from: dossier.anchor(of: from), to: dossier.anchor(of: to), verdict: verdict,
        date: Judgement.timestamp()))
    Output.line(
      Output.display(
        "\(verdict.rawValue) \(link.kind.rawValue) link \(dossier.shortKey(of: from)) - \(dossier.shortKey(of: to)) (saved in \(store.file))"
      ))
  }
}
