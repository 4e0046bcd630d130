import DossierModel

/// The cross-referencing keys: which claims each key files, and how many.
///
/// A key filed under more claims than linking ever retrieves by (`maximumPostings`) is only
/// weighed, never looked up; most listings belong to such keys (in a 10,000-article archive,
/// 6.5 of 7 million), so a build keeps them in memory until it knows every key's count and
/// then writes the listings of the rarer keys only, in key order, which SQLite appends fast.
extension SQLiteStore {
  /// A key as this connection knows it: its number, and whether `claim_key` lists all its
  /// claims (keys unlisted at a build stay so; an update never looks them up).
  struct KeyEntry {
    var id: Int
    var listed: Bool
  }

  /// One claim filed under a key, held while a build runs.
  struct Listing {
    var article: Int32
    var sentence: Int32
    var times: Int32
  }

  /// What a build holds back until `writeDeferredKeys`: each key's count, and the listings of
  /// the keys still at most `maximumPostings` (a key past it drops its listings at once).
  /// By key number: a new index numbers its keys 1, 2, 3, ... as they are first seen, and
  /// arrays cost a fraction of dictionaries over millions of listings.
  struct DeferredKeys {
    var maximumPostings: Int
    var counts: [Int] = []
    var listings: [[Listing]] = []
    /// Keys with more listings than `maximumPostings`, whose listings were dropped.
    var overflowing: [Bool] = []

    /// Adds `times` to the count of key `id`.
    mutating func count(_ times: Int, for id: Int) {
      grow(to: id)
      counts[id] += times
    }

    /// Holds a listing of key `id`, unless the key already has too many to be listed.
    mutating func hold(_ listing: Listing, of id: Int) {
      grow(to: id)
      guard !overflowing[id] else { return }
      listings[id].append(listing)
      // A key's count is at least its number of listings: past the bound, it will be unlisted.
      if listings[id].count > maximumPostings {
        listings[id] = []
        overflowing[id] = true
      }
    }

    private mutating func grow(to id: Int) {
      guard id >= counts.count else { return }
      let added = id + 1 - counts.count
      counts += repeatElement(0, count: added)
      listings += repeatElement([], count: added)
      overflowing += repeatElement(false, count: added)
    }
  }

  /// From now on, counts and listings are held in memory (see `DeferredKeys`) until
  /// `writeDeferredKeys()`. For a new index, where no key has a count yet.
  public func deferKeys(maximumPostings: Int) {
    deferred = DeferredKeys(maximumPostings: maximumPostings)
  }

  /// Writes what `deferKeys` held back: every key's count, and the listings of the keys filed
  /// under at most `maximumPostings` claims, the others marked unlisted.
  public func writeDeferredKeys() throws {
    guard let held = deferred else { return }
    deferred = nil
    let update = try statement("UPDATE key SET count = ?, listed = ? WHERE id = ?")
    let insert = try statement("INSERT INTO claim_key VALUES (?, ?, ?, ?)")
    for (id, count) in held.counts.enumerated() where count > 0 {
      let listed = count <= held.maximumPostings
      try update.bind(.int(count), .int(listed ? 1 : 0), .int(id)).run()
      guard listed else { continue }
      for listing in held.listings[id] {
        try insert.bind(
          .int(id), .int(Int(listing.article)), .int(Int(listing.sentence)),
          .int(Int(listing.times))
        ).run()
      }
    }
  }

  /// Files the claims of the article stored as `row` under their keys.
  func fileKeys(of claims: [Claim], row: Int, keys: [String: [String]]) throws {
    let insert = try statement("INSERT INTO claim_key VALUES (?, ?, ?, ?)")
    var filed: [(item: Int, times: Int)] = []  // key numbers
    for claim in claims {
      // The claim's keys, each filed once with the times it occurs.
      let entries = try (keys[claim.id] ?? []).map { try key($0) }
      for (key, times) in Self.tally(entries.map { ($0, 1) }, by: \.id) {
        filed.append((key.id, times))
        if deferred != nil {
          deferred?.hold(
            Listing(article: Int32(row), sentence: Int32(claim.sentence), times: Int32(times)),
            of: key.id)
        } else if key.listed {
          try insert.bind(.int(key.id), .int(row), .int(claim.sentence), .int(times)).run()
        }
      }
    }
    // The article's tally of each key.
    let tallies = Self.tally(filed, by: { $0 }).map { (id: $0.item, times: $0.times) }
    if deferred != nil {
      for (id, times) in tallies { deferred?.count(times, for: id) }
    } else {
      let count = try statement("UPDATE key SET count = count + ? WHERE id = ?")
      for (id, times) in tallies { try count.bind(.int(times), .int(id)).run() }
    }
    try statement("INSERT INTO article_key VALUES (?, ?)")
      .bind(.int(row), .text(tallies.map { "\($0.id):\($0.times)" }.joined(separator: " ")))
      .run()
  }

  /// Items with the same key number merged, in key number order, each with the sum of its
  /// times: sorting a claim's or an article's few keys costs less than a dictionary.
  private static func tally<Item>(_ items: [(item: Item, times: Int)], by id: (Item) -> Int)
    -> [(item: Item, times: Int)]
  {
    var tallies: [(item: Item, times: Int)] = []
    for (item, times) in items.sorted(by: { id($0.item) < id($1.item) }) {
      if let last = tallies.last, id(last.item) == id(item) {
        tallies[tallies.count - 1].times += times
      } else {
        tallies.append((item, times))
      }
    }
    return tallies
  }

  /// Takes the listings of the article stored as `row` off its keys' counts.
  func unfileKeys(ofArticle row: Int) throws {
    let tallies =
      try statement("SELECT tallies FROM article_key WHERE article = ?").bind(.int(row))
      .rows { $0.string(0) }.first ?? ""
    let count = try statement("UPDATE key SET count = count - ? WHERE id = ?")
    for pair in tallies.split(separator: " ") {
      let parts = pair.split(separator: ":")
      guard parts.count == 2, let id = Int(parts[0]), let times = Int(parts[1]) else { continue }
      try count.bind(.int(times), .int(id)).run()
    }
  }

  /// How many claims each key files, which keys have no listings, and how many claims there are.
  public func keyCounts(_ keys: Set<String>) throws -> (
    counts: [String: Int], unlisted: Set<String>, total: Int
  ) {
    let lookup = try statement("SELECT count, listed FROM key WHERE text = ?")
    var counts: [String: Int] = [:]
    var unlisted = Set<String>()
    for key in keys {
      let (count, listed) =
        try lookup.bind(.text(key)).rows { ($0.int(0), $0.int(1) != 0) }.first ?? (0, true)
      counts[key] = count
      if !listed { unlisted.insert(key) }
    }
    let total = try statement("SELECT count(*) FROM claim").rows { $0.int(0) }.first ?? 0
    return (counts, unlisted, total)
  }

  /// A key's entry, added (with no listing yet) the first time it is seen.
  func key(_ text: String) throws -> KeyEntry {
    if let known = keys[text] { return known }
    let entry =
      try statement("SELECT id, listed FROM key WHERE text = ?").bind(.text(text))
      .rows { KeyEntry(id: $0.int(0), listed: $0.int(1) != 0) }.first
      ?? {
        try statement("INSERT INTO key(text, count, listed) VALUES (?, 0, 1)").bind(.text(text))
          .run()
        return KeyEntry(id: Int(database.lastInsertedRow), listed: true)
      }()
    keys[text] = entry
    return entry
  }
}
