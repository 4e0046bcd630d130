import DossierModel

/// The index's tables. One row per thing the model has; articles are numbered by `article.rowid`
/// so that dropping a changed file's rows is one indexed delete per table.
enum IndexSchema {
  /// Stored in `meta`; an index of another version is rebuilt, never read.
  static let version = 9

  /// How FTS5 splits and folds the sentences: also what the word lists use to read them.
  static let tokenizer = (name: "unicode61", arguments: ["remove_diacritics", "2"])

  static let create = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    -- Every file of the folder, article or not: its size, modification time and content hash
    -- tell a changed file from an unchanged one without reading it.
    CREATE TABLE file(
      path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash TEXT NOT NULL,
      article INTEGER) WITHOUT ROWID;
    CREATE TABLE article(
      rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL, title TEXT NOT NULL,
      byline TEXT, outlet TEXT, published TEXT, url TEXT, author_bio TEXT, summary TEXT,
      dated TEXT, dated_basis TEXT, sentences INTEGER NOT NULL, claims INTEGER NOT NULL, bytes INTEGER NOT NULL);
    CREATE TABLE paragraph(
      article INTEGER NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,
      first INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY(article, position)) WITHOUT ROWID;
    CREATE TABLE sentence(
      rowid INTEGER PRIMARY KEY, article INTEGER NOT NULL, position INTEGER NOT NULL,
      paragraph INTEGER NOT NULL, text TEXT NOT NULL);
    CREATE INDEX sentence_by_article ON sentence(article, position);
    -- Full text of the sentences, kept in `sentence` (external content): words are matched
    -- without case or accents ("vucic" finds "Vučić").
    CREATE VIRTUAL TABLE sentence_text USING fts5(
      text, content='sentence', content_rowid='rowid', tokenize='\(([tokenizer.name] + tokenizer.arguments).joined(separator: " "))');
    -- How many words FTS5 counted in each sentence, one byte per sentence rowid (0: none
    -- recorded, 255: 255 or more), 4,096 sentences a row: BM25 needs it for every match,
    -- and FTS5 reads it with a statement per match (`SentenceLengths`).
    CREATE TABLE sentence_length(chunk INTEGER PRIMARY KEY, sizes BLOB NOT NULL);
    -- The common words' shortest sentences (`WordLists`): for each word in at least
    -- `WordListLimits.commonSentences` sentences when the lists were made, how many sentences
    -- hold it, and for each number of times a sentence holds it (a group), the shortest of
    -- those sentences. BM25 ranks a lone word's matches by these two numbers alone, so a
    -- search for a common word ranks a few hundred sentences instead of every match. A group
    -- holds every sentence of its count up to its bound (length, then rowid), or, without a
    -- bound, all of them.
    CREATE TABLE word(term TEXT PRIMARY KEY, sentences INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE word_group(
      term TEXT NOT NULL, frequency INTEGER NOT NULL, bound_length INTEGER,
      bound_sentence INTEGER, PRIMARY KEY(term, frequency)) WITHOUT ROWID;
    CREATE TABLE word_sentence(
      term TEXT NOT NULL, frequency INTEGER NOT NULL, length INTEGER NOT NULL,
      sentence INTEGER NOT NULL, PRIMARY KEY(term, frequency, length, sentence)) WITHOUT ROWID;
    CREATE TABLE removed(
      article INTEGER NOT NULL, position INTEGER NOT NULL, line INTEGER NOT NULL,
      text TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY(article, position)) WITHOUT ROWID;
    CREATE TABLE mention(
      article INTEGER NOT NULL, position INTEGER NOT NULL, sentence INTEGER NOT NULL,
      entity TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
      reference TEXT, PRIMARY KEY(article, position)) WITHOUT ROWID;
    -- `reference` is null for a name, else how coreference resolved the span (surname, title,
    -- plural).
    CREATE INDEX mention_by_entity ON mention(entity, article);
    -- Names the gazetteer does not know, as each article detected them.
    CREATE TABLE detected(
      article INTEGER NOT NULL, position INTEGER NOT NULL, entity TEXT NOT NULL,
      name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT,
      PRIMARY KEY(article, position)) WITHOUT ROWID;
    CREATE TABLE claim(
      article INTEGER NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL,
      actors TEXT NOT NULL, modality TEXT NOT NULL, modality_cue TEXT, attribution TEXT,
      dates TEXT NOT NULL, reported TEXT, PRIMARY KEY(article, sentence)) WITHOUT ROWID;
    -- The relations claims state: the graph's edges.
    CREATE TABLE edge(
      article INTEGER NOT NULL, sentence INTEGER NOT NULL, position INTEGER NOT NULL,
      type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, negated INTEGER NOT NULL,
      cue TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
      speculative INTEGER NOT NULL, confidence REAL NOT NULL, reduced INTEGER NOT NULL,
      PRIMARY KEY(article, sentence, position)) WITHOUT ROWID;
    CREATE INDEX edge_by_pair ON edge(source, target);
    CREATE TABLE link(
      from_article INTEGER NOT NULL, from_sentence INTEGER NOT NULL,
      to_article INTEGER NOT NULL, to_sentence INTEGER NOT NULL,
      kind TEXT NOT NULL, score REAL NOT NULL, reason TEXT NOT NULL, confidence REAL, cue TEXT);
    CREATE INDEX link_by_from ON link(from_article);
    CREATE INDEX link_by_to ON link(to_article);
    -- The keys cross-referencing files each claim under (actors, events, numbers, rare
    -- words), each stored once with how many listings it has, and which claims are filed
    -- under it (`times` when a claim is filed twice, as under two numbers of one year): a
    -- changed article's claims find their candidates here instead of being compared with
    -- the whole archive. A key filed under more claims than linking ever reads when the index
    -- was built is not `listed`: it keeps its count (for weighing) but no listings, which
    -- were nine tenths of them. `article_key` holds each article's listings per key
    -- ("id:times ..."), so that dropping the article takes exactly those off the counts.
    CREATE TABLE key(
      id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE, count INTEGER NOT NULL,
      listed INTEGER NOT NULL);
    CREATE TABLE claim_key(
      key INTEGER NOT NULL, article INTEGER NOT NULL, sentence INTEGER NOT NULL,
      times INTEGER NOT NULL, PRIMARY KEY(key, article, sentence)) WITHOUT ROWID;
    CREATE INDEX claim_key_by_article ON claim_key(article);
    CREATE TABLE article_key(article INTEGER PRIMARY KEY, tallies TEXT NOT NULL);
    -- Warnings about files (stage 0, from reading) and articles (stage 1, from analysing),
    -- repeated by every command that reads the index, as a scan would.
    CREATE TABLE diagnostic(
      stage INTEGER NOT NULL, path TEXT NOT NULL, position INTEGER NOT NULL,
      severity TEXT NOT NULL, message TEXT NOT NULL);
    CREATE INDEX diagnostic_by_path ON diagnostic(path);
    """

  /// Tables with an `article` column, cleared for a changed or deleted file.
  static let perArticle = [
    "paragraph", "sentence", "removed", "mention", "detected", "claim", "edge", "claim_key",
    "article_key",
  ]
}
