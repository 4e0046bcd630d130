extension JudgementStore {
  /// Where judgements for a corpus live: `<corpus folder>/.dossier/judgements.json` (for a single
  /// article file: in its folder's `.dossier/`), so they travel with the corpus, when that folder
  /// can be written to; otherwise (a read-only corpus, a missing one), and for the bundled
  /// dossier (corpus nil), in the user's data directory: `$XDG_DATA_HOME/dossier/` (default
  /// `$HOME/.local/share/dossier/`), in `judgements-<hash of the absolute corpus path>.json` or
  /// `judgements-bundled.json`, so the same corpus always finds its file.
  public static func location(forCorpus corpus: String?, environment: [String: String]) -> String {
    let data = CorpusStorage.userFolder(
      "XDG_DATA_HOME", fallback: ".local/share", environment: environment)
    guard let corpus else { return data + "/judgements-bundled.json" }
    if let shared = CorpusStorage.sharedFolder(forCorpus: corpus) {
      return shared + "/judgements.json"
    }
    return data + "/judgements-\(CorpusStorage.fnv1a64(CorpusStorage.absolute(corpus).utf8)).json"
  }
}
