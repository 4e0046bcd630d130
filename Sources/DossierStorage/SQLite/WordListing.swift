import CSQLite
import DossierModel

/// `dossier_list(sentence_text)`: lists one word's sentences into `WordListing.Session`.
/// Called on the first match of a one-word query, it walks every sentence holding the word
/// inside FTS5 (`xQueryPhrase`), reading how often each holds it and its length, with no row
/// handed back to SQLite: a statement over FTS5's postings costs several times as much.
enum WordListing {
  static let name = "dossier_list"

  /// What one listing found: each group's shortest sentences (by how many times they hold the
  /// word), and how many sentences hold it.
  final class Session {
    let kept: Int
    /// Set while words are listed: a statement the connection would have to outlive, were
    /// the session (which the connection keeps) to hold it always.
    var lengths: SentenceLengths.Reader?
    /// Indexed by how many times a sentence holds the word. Unchecked: touched only by the
    /// one listing running, at each of millions of sentences.
    @exclusivity(unchecked) var groups: [ShortestSentences?] = []
    @exclusivity(unchecked) var sentences = 0

    init(kept: Int) {
      self.kept = kept
    }

    func start() {
      groups = []
      sentences = 0
    }

    fileprivate func offer(frequency: Int, length: Int, sentence: Int) {
      sentences += 1
      if frequency >= groups.count {
        groups += Array(repeating: nil, count: frequency + 1 - groups.count)
      }
      if groups[frequency] == nil { groups[frequency] = ShortestSentences(kept: kept) }
      groups[frequency]!.offer(.init(length: length, sentence: sentence))
    }
  }

  static func register(with fullText: FullTextAPI, kept: Int) throws -> Session {
    let session = Session(kept: kept)
    try fullText.addFunction(name, data: session, list)
    return session
  }

  private static let list: fts5_extension_function = { api, context, result, _, _ in
    guard let api, let context, let data = api.pointee.xUserData(context) else { return }
    let status = api.pointee.xQueryPhrase(context, 0, data) { api, row, data in
      guard let api, let row, let data else { return SQLITE_MISUSE }
      var iterator = Fts5PhraseIter()
      var column: Int32 = 0
      var offset: Int32 = 0
      var frequency = 0
      var status = api.pointee.xPhraseFirst(row, 0, &iterator, &column, &offset)
      while status == SQLITE_OK, column >= 0 {
        frequency += 1
        api.pointee.xPhraseNext(row, &iterator, &column, &offset)
      }
      guard status == SQLITE_OK else { return status }
      let sentence = Int(api.pointee.xRowid(row))
      // The session is kept alive by the connection: no retain for each of millions of rows.
      return Unmanaged<Session>.fromOpaque(data)._withUnsafeGuaranteedRef { session in
        let byte = session.lengths?.byte(of: sentence) ?? SentenceLengths.unknown
        var length = Int(byte)
        if byte == SentenceLengths.unknown || byte == SentenceLengths.long {
          var words: Int32 = 0
          let status = api.pointee.xColumnSize(row, -1, &words)
          guard status == SQLITE_OK else { return status }
          length = Int(words)
        }
        session.offer(frequency: frequency, length: length, sentence: sentence)
        return SQLITE_OK
      }
    }
    if status == SQLITE_OK {
      sqlite3_result_null(result)
    } else {
      sqlite3_result_error_code(result, status)
    }
  }
}
