#if canImport(Glibc)
  import Glibc  // log
#elseif canImport(Darwin)
  import Darwin
#endif

/// The rules applied to one candidate pair: are the two claims about the same event, do they
/// clash, does one add detail; and the reason, in words, for whatever is decided.
///
/// Millions are made in a large archive, so a comparison holds references only (profiles and
/// features are classes) and no more than the rules read.
struct Comparison {
  let a: ClaimProfile
  let b: ClaimProfile
  let featuresA: ProfileFeatures
  let featuresB: ProfileFeatures
  /// The vocabulary's doubt cues: all the rules read of it.
  let doubtCues: Set<String>
  let names: [String: String]

  // What the two share, worked out once per pair (the rules read each several times); all
  // empty when no actor is shared, since no link is made then.
  let sharedActors: [String]
  let sharedEvents: [String]
  let sharedWeapons: [String]
  let sharedNumbers: [String]
  /// Dates that can be the same time ("2023" and "2023-08"; "1992/1995" and "1990/1999").
  let sharedDates: [String]
  /// Shared named events (wars, treaties): entities that are events themselves.
  let sharedOccasions: [String]
  /// Kinds of hardware both name, when they also name the same two parties: "drones" between
  /// Iran and Serbia in both is likely one deal; "drones" alone is a topic.
  let sharedWeaponClasses: [String]

  init(
    _ a: ClaimProfile, _ b: ClaimProfile, features: (ProfileFeatures, ProfileFeatures),
    vocabulary: CrossReferenceVocabulary, names: [String: String]
  ) {
    self.a = a
    self.b = b
    (featuresA, featuresB) = features
    doubtCues = vocabulary.doubtCues
    self.names = names
    sharedActors = ClaimProfile.intersection(a.actors, b.actors)
    guard !sharedActors.isEmpty else {
      (sharedEvents, sharedWeapons, sharedNumbers, sharedDates) = ([], [], [], [])
      (sharedOccasions, sharedWeaponClasses) = ([], [])
      return
    }
    // A war told in passing on either side is a backdrop, not a shared matter.
    sharedEvents = ClaimProfile.intersection(a.events.map(\.key), b.events.map(\.key)).filter {
      !ClaimProfile.contains(a.background, $0) && !ClaimProfile.contains(b.background, $0)
    }
    sharedWeapons = ClaimProfile.intersection(a.weapons, b.weapons)
    sharedNumbers = Set(a.quantities.map(\.value)).intersection(b.quantities.map(\.value)).sorted()
    sharedDates = a.dates.filter { x in b.dates.contains { y in Self.agree(x, y) } }
    sharedOccasions = ClaimProfile.intersection(a.occasions, b.occasions)
    sharedWeaponClasses =
      sharedActors.count >= 2 ? ClaimProfile.intersection(a.weaponClasses, b.weaponClasses) : []
  }

  /// Rare enough to say "the same event", not just "the same topic". Shared keys are `a`'s,
  /// whose specific ones its features list.
  func isSpecific(_ field: ClaimProfile.Field, _ key: String) -> Bool {
    featuresA.specific[field.rawValue].contains(key)
  }

  static func agree(_ x: String, _ y: String) -> Bool {
    guard let one = PartialDate(x), let other = PartialDate(y) else { return x == y }
    return one.overlaps(other)
  }

  /// Cosine similarity of the TF-IDF term vectors.
  var wordSimilarity: Double { featuresA.cosine(featuresB) }

  /// Shared words, rarest first, as the reader saw them.
  var sharedTerms: [String] {
    featuresA.rarestTerms.lazy.filter { featuresB.hasTerm($0.id) }.prefix(4).compactMap {
      a.terms[Int($0.term)].surface
    }
  }

  /// Shared keys rare enough to pin down one event.
  var specifics: Int {
    specificEvents.count + sharedWeapons.count { isSpecific(.weapon, $0) }
      + sharedNumbers.count { isSpecific(.number, $0) } + (sharedDates.isEmpty ? 0 : 1)
      + sharedOccasions.count + (sharedWeaponClasses.isEmpty ? 0 : 1)
  }

  var specificEvents: [String] { sharedEvents.filter { isSpecific(.event, $0) } }

  /// A shared relation both claims say is growing ("strengthening its relations", "the
  /// deepening relationship"), with the growth word next to the relation's cue in each.
  var sharedGrowth: String? { ClaimProfile.intersection(a.growing, b.growing).first }

  // MARK: - Clashes

  /// The first typed incompatibility between two aligned claims, described, or nil.
  var clash: String? { typedClash?.text }

  /// The first typed incompatibility, described, with the words on each side that make it
  /// and whether it is a doubt (a forecast that it will not happen) against a report.
  var typedClash: (text: String, cue: String, doubt: Bool, count: Bool)? {
    for key in sharedEvents {
      // A strained relation is no denial that it exists ("strained ties" vs "maintaining ties").
      if let x = a.event(key), let y = b.event(key), x.negated != y.negated, !x.reduced,
        !y.reduced
      {
        return (
          "\(describe(x)) \(x.negated ? "denied" : "asserted") vs \(y.negated ? "denied" : "asserted")",
          "\(x.negated ? "not " : "")\(x.cue) vs \(y.negated ? "not " : "")\(y.cue)", false, false
        )
      }
    }
    // An event told as fact clashes with the same event doubted ("unlikely", "if … is
    // finalized"), not with one merely allowed ("may", "could"), and only when the two are
    // pinned to one event, not to a shared topic.
    // (Most pairs have no speculative side: the rest of the test is skipped for them.)
    if a.modality == .speculative || b.modality == .speculative {
      let pinned =
        !specificEvents.isEmpty || !sharedWeapons.isEmpty || !sharedNumbers.isEmpty
        || !sharedWeaponClasses.isEmpty
      for (doubting, other) in [(a, b), (b, a)] {
        guard pinned, doubting.modality == .speculative,
          other.modality == .asserted || other.modality == .hedged,
          let cue = doubting.modalityCue, doubtCues.contains(cue),
          other.assertsRelation, other.asserts
        else { continue }
        let told = mainCue(of: other) ?? other.modality.rawValue
        return (
          "modality \(a.modality.rawValue) vs \(b.modality.rawValue) (\(cue))",
          doubting === a ? "\(cue) vs \(told)" : "\(told) vs \(cue)", true, false
        )
      }
    }
    // Contrasting words count only next to the shared event's cue in each claim: "resisted
    // … security ties" vs "forge defense ties", not words about something else in the sentence.
    for key in sharedEvents {
      guard let nearA = a.contrastWindow(key), let nearB = b.contrastWindow(key) else {
        continue
      }
      // Per pair (p, q): one side has p and not q, the other q and not p.
      for (x, y) in zip(nearA, nearB) {
        if let wordP = x.p, let wordQ = y.q, x.q == nil, y.p == nil {
          return ("contrast \(wordP) vs \(wordQ)", "\(wordP) vs \(wordQ)", false, false)
        }
        if let wordP = y.p, let wordQ = x.q, y.q == nil, x.p == nil {
          return ("contrast \(wordQ) vs \(wordP)", "\(wordQ) vs \(wordP)", false, false)
        }
      }
    }
    // The same thing counted differently: "20,000 drones" vs "2,000 drones".
    for x in a.quantities {
      guard let unit = x.unit,
        !b.quantities.contains(where: { $0.unit == unit && $0.value == x.value }),
        let y = b.quantities.first(where: { $0.unit == unit && $0.value != x.value }),
        !a.quantities.contains(where: { $0.unit == unit && $0.value == y.value })
      else { continue }
      return (
        "numbers \(x.text) vs \(y.text) \(a.surface(of: unit) ?? unit)", "\(x.text) vs \(y.text)",
        false, true
      )
    }
    return nil
  }

  // MARK: - Time

  /// Words by which a denier takes a denial back, as `ClaimProfile.stem` files them.
  static let admissionStems: Set<String> = Set(
    ["admitted", "admits", "admit", "acknowledged", "acknowledges", "conceded", "concedes"].map(
      ClaimProfiler.stem))

  /// The two claims as earlier and later, when the story moved on between them: they are told
  /// at different times, the earlier as a forecast, doubt, condition or plan (speculative) or,
  /// against a clash, as a past state ("historically resisted"), and the later not as
  /// speculation. A real contradiction is the same matter at the same time, or a denial of an
  /// asserted fact; a later report of a later state is an update.
  func update(clashing: Bool) -> (earlier: ClaimProfile, later: ClaimProfile)? {
    // A denial, then the denier's admission ("Tehran denied supplying drones", months later
    // "the foreign minister admitted Iran had sent drones"): a retraction moves the story on.
    // A denial against a report without one stays a contradiction.
    if clashing {
      for key in sharedEvents {
        guard let x = a.event(key), let y = b.event(key), x.negated != y.negated, !x.reduced,
          !y.reduced, let tx = a.time?.span, let ty = b.time?.span, !tx.overlaps(ty)
        else { continue }
        let (earlier, later) = tx.last < ty.first ? (a, b) : (b, a)
        let denied = (earlier === a ? x : y).negated
        if denied, later.terms.contains(where: { Self.admissionStems.contains($0.stem) }) {
          return (earlier, later)
        }
      }
    }
    // A plan of the shared event ("is preparing to supply"), then the event reported: the
    // relation's own modality says so where the sentence's ("believes") does not.
    for key in sharedEvents {
      guard let x = a.event(key), let y = b.event(key), x.speculative != y.speculative,
        !x.negated, !y.negated, let tx = a.time?.span, let ty = b.time?.span, !tx.overlaps(ty)
      else { continue }
      let (earlier, later) = tx.last < ty.first ? (a, b) : (b, a)
      let planned = earlier === a ? x : y
      if planned.speculative, later.modality != .speculative { return (earlier, later) }
    }
    // Two reports that clash but date themselves to different times: the later tells a later
    // state of the matter ("20 drones in 2022", "200 in 2023"), not that the earlier was wrong.
    // Only counts are dated states: "cautious since 2018" against "seeking since 2012" is one
    // time, told two ways.
    if clashing, let x = a.time, let y = b.time, x.own, y.own, !x.span.overlaps(y.span),
      a.modality != .speculative, b.modality != .speculative, typedClash?.count == true
    {
      return x.span.last < y.span.first ? (a, b) : (b, a)
    }
    // Most pairs are neither speculative nor looking back: skip the rest for them.
    guard
      a.modality == .speculative || b.modality == .speculative
        || (clashing && (a.pastState != nil || b.pastState != nil))
    else { return nil }
    let ordered: (ClaimProfile, ClaimProfile)
    if clashing, (a.pastState == nil) != (b.pastState == nil) {
      // A past state is earlier than a claim that does not look back, unless a date of its
      // own comes after the other's time.
      let (past, other) = a.pastState != nil ? (a, b) : (b, a)
      if let pastTime = past.time, pastTime.own, let otherTime = other.time?.span,
        pastTime.span.first > otherTime.last
      {
        return nil
      }
      ordered = (past, other)
    } else {
      guard let x = a.time?.span, let y = b.time?.span, !x.overlaps(y) else { return nil }
      ordered = x.last < y.first ? (a, b) : (b, a)
    }
    let (earlier, later) = ordered
    // Against a past state, whatever the later claim says of now is a later state, even in
    // passing ("may exploit its budding defense cooperation"); a forecast needs a report.
    guard later.pastState == nil,
      (clashing && earlier.pastState != nil)
        || (earlier.modality == .speculative && later.modality != .speculative)
    else { return nil }
    return ordered
  }

  /// "later report: speculative (unlikely) in 2023-01, asserted in 2023-08"; "later report:
  /// past state (historically), then asserted in 2024-12-31".
  private func describeUpdate(earlier: ClaimProfile, later: ClaimProfile) -> String {
    func when(_ claim: ClaimProfile) -> String { claim.time.map { " in " + $0.text } ?? "" }
    func stance(_ claim: ClaimProfile) -> String {
      claim.modality.rawValue + (claim.modalityCue.map { " (\($0))" } ?? "")
    }
    if let past = earlier.pastState, earlier.modality != .speculative {
      return "later report: past state (\(past)), then \(stance(later))\(when(later))"
    }
    return "later report: \(stance(earlier))\(when(earlier)), \(stance(later))\(when(later))"
  }

  // MARK: - The decision

  /// What `link` decides, without the reason: enough to rank links and cap them per claim.
  struct Decision: Sendable {
    var kind: LinkKind
    /// Rounded to hundredths, as links carry it.
    var score: Double
    /// Whether the link runs from `b` to `a` (an elaboration that `b` adds to).
    var reversed: Bool
  }

  /// The link between the two claims without its reason (building reasons for links that the
  /// per-claim cap then drops costs more than deciding them).
  func decision(_ thresholds: CrossReferencer.Thresholds) -> Decision? {
    evaluate(thresholds)?.decision
  }

  /// The decision with what its reason reads.
  private func evaluate(_ thresholds: CrossReferencer.Thresholds) -> (
    decision: Decision, clash: (text: String, cue: String, doubt: Bool, count: Bool)?,
    growth: String?,
    extra: [String], update: (earlier: ClaimProfile, later: ClaimProfile)?
  )? {
    let actors = sharedActors
    guard !actors.isEmpty, sameSubject else { return nil }
    let similarity = wordSimilarity
    let specifics = self.specifics
    // A clash is only looked for between claims that share a specific; it then counts as
    // evidence of alignment itself (the two tell one event incompatibly).
    let typed = specifics >= 1 ? self.typedClash : nil
    let clash = typed?.text
    // Anchors that identify one thing (a named war, a weapon model, a figure, a date) need no
    // shared wording when there are two of them.
    let identities =
      sharedOccasions.count + sharedWeapons.count + sharedNumbers.count
      + (sharedDates.isEmpty ? 0 : 1)
    let growth = sharedGrowth
    let aligned =
      similarity >= thresholds.alignOnWords || (growth != nil && clash == nil)
      || (specifics >= 1 && (similarity >= thresholds.alignWithOneSpecific || clash != nil))
      || (identities >= 1 && specifics >= 2)
    guard aligned else { return nil }

    let extraA = detail(of: a, beyond: b)
    let extraB = detail(of: b, beyond: a)
    let kind: LinkKind
    let update = self.update(clashing: clash != nil)
    if update != nil {
      kind = .updates
    } else if clash != nil {
      kind = .contradicts
    } else if similarity >= thresholds.corroborateOnWords || (extraA.isEmpty && extraB.isEmpty) {
      kind = .corroborates
    } else {
      kind = .elaborates
    }
    // Only assertions confirm or contradict: a view, forecast or question on either side
    // corroborates nothing, and contradicts only as a doubt against a report (issue 23).
    switch kind {
    case .corroborates, .elaborates:
      guard a.asserts, b.asserts else { return nil }
    case .contradicts:
      guard typed?.doubt == true || (a.asserts && b.asserts) else { return nil }
    case .updates:
      break
    }
    let score = min(
      1, 0.15 + 0.6 * similarity + 0.15 * Double(specifics) + 0.05 * Double(actors.count))
    // `from` adds: the detail of an elaboration, the later state of an update.
    let reversed =
      kind == .updates ? update?.later === b : kind == .elaborates && extraB.count > extraA.count
    return (
      Decision(kind: kind, score: (score * 100).rounded() / 100, reversed: reversed), typed,
      growth, extraA.count >= extraB.count ? extraA : extraB, update
    )
  }

  func link(_ thresholds: CrossReferencer.Thresholds) -> CrossReference? {
    guard let (decision, typed, growth, extra, update) = evaluate(thresholds) else { return nil }
    let (kind, actors) = (decision.kind, sharedActors)
    let clash = typed?.text

    let occasions = Set(sharedOccasions)
    var reason = [
      "same actors " + actors.filter { !occasions.contains($0) }.map(name).joined(separator: ", ")
    ]
    if let event = sharedEvents.first(where: { isSpecific(.event, $0) }) ?? sharedEvents.first,
      let relation = a.event(event)
    {
      reason.append("same event " + describe(relation))
    }
    if !sharedOccasions.isEmpty { reason.append(sharedOccasions.map(name).joined(separator: ", ")) }
    let hardware = sharedWeapons + sharedWeaponClasses
    if !hardware.isEmpty { reason.append("weapon " + hardware.map(name).joined(separator: ", ")) }
    if !sharedNumbers.isEmpty { reason.append("number " + sharedNumbers.joined(separator: ", ")) }
    if !sharedDates.isEmpty { reason.append("date " + sharedDates.joined(separator: ", ")) }
    if clash == nil, let growth, let relation = a.event(growth) {
      reason.append("both say \(describe(relation)) grows")
    }
    let terms = sharedTerms
    if !terms.isEmpty { reason.append("shared words " + terms.joined(separator: ", ")) }
    if let clash { reason.append(clash) }
    var (from, to) = (a.id, b.id)
    if decision.reversed { (from, to) = (to, from) }
    if kind == .elaborates {
      reason.append("adds " + extra.prefix(3).joined(separator: ", "))
    }
    if let update { reason.append(describeUpdate(earlier: update.earlier, later: update.later)) }
    return CrossReference(
      from: from, to: to, kind: kind, score: decision.score,
      reason: reason.joined(separator: "; "), confidence: confidence(decision.score),
      cue: cue(kind: kind, clash: typed?.cue, growth: growth, update: update, terms: terms))
  }

  // MARK: - Subject, confidence, cue

  /// Whether the two claims are about the same subject: the same pair of actors in the
  /// relations that are their matter ("Bosnian Serbs support Russia" and "Belarus supports
  /// Russia" are not); for a claim without such relations, the actor it is about among the
  /// other's (or the same actor, when neither has one).
  var sameSubject: Bool {
    let (x, y) = (a.mainPairs, b.mainPairs)
    if !x.isEmpty, !y.isEmpty { return ClaimProfile.intersects(x, y) }
    if x.isEmpty, y.isEmpty {
      guard !a.subjects.isEmpty, !b.subjects.isEmpty else { return true }
      return a.subjects.contains { b.subjects.contains($0) }
    }
    let (bare, rich) = x.isEmpty ? (a, b) : (b, a)
    guard !bare.subjects.isEmpty else { return true }
    return bare.subjects.contains { ClaimProfile.contains(rich.mainParties, $0) }
  }

  /// The link's strength, lowered where it is less sure: no shared event (words or a topic
  /// alone), a hedged side ("allegedly", "according to").
  private func confidence(_ score: Double) -> Double {
    var confidence = score
    if specificEvents.isEmpty { confidence *= 0.85 }
    if a.modality == .hedged { confidence *= 0.85 }
    if b.modality == .hedged { confidence *= 0.85 }
    return (min(1, max(0, confidence)) * 100).rounded() / 100
  }

  /// The words that triggered the link: the clash ("cautious vs seeking"), the earlier and the
  /// later state ("unlikely -> ordered"), or the shared event's cue on each side ("visit |
  /// visit"), else what else both name.
  private func cue(
    kind: LinkKind, clash: String?, growth: String?,
    update: (earlier: ClaimProfile, later: ClaimProfile)?, terms: [String]
  ) -> String? {
    if let update {
      let earlier =
        update.earlier.modalityCue ?? update.earlier.pastState ?? mainCue(of: update.earlier)
      let later = mainCue(of: update.later)
      return [earlier, later].compactMap { $0 }.joined(separator: " -> ")
    }
    if let clash { return clash }
    let key = specificEvents.first ?? sharedEvents.first ?? growth
    if let key, let x = a.event(key)?.cue, let y = b.event(key)?.cue {
      return x.lowercased() == y.lowercased() ? x : "\(x) | \(y)"
    }
    let named = (sharedOccasions + sharedWeapons + sharedWeaponClasses).map(name) + sharedNumbers
    if !named.isEmpty { return named.prefix(2).joined(separator: ", ") }
    return terms.isEmpty ? nil : terms.prefix(2).joined(separator: ", ")
  }

  /// The cue of the claim's relation on the shared matter, else of its first asserted one.
  private func mainCue(of claim: ClaimProfile) -> String? {
    if let key = specificEvents.first ?? sharedEvents.first, let relation = claim.event(key) {
      return relation.cue
    }
    return claim.events.first { !ClaimProfile.contains(claim.background, $0.key) }?.relation.cue
  }

  /// Specifics one claim names that the other does not: the detail it adds. Other actors do
  /// not count: naming the minister as well as the ministry is wording, not a new fact.
  private func detail(of x: ClaimProfile, beyond y: ClaimProfile) -> [String] {
    var extra: [String] = []
    for key in sharedEvents {
      if let agent = x.refinedAgents[key], y.refinedAgents[key] != agent {
        extra.append(name(agent))
      }
    }
    extra += x.weapons.filter { !y.weapons.contains($0) }.map(name)
    extra += x.quantities.filter { q in !y.quantities.contains { $0.value == q.value } }.map(\.text)
    extra += x.dates.filter { d in !y.dates.contains { Self.agree($0, d) } }
    return extra
  }

  private func name(_ id: String) -> String {
    names[id] ?? a.surface(of: id) ?? b.surface(of: id) ?? id
  }

  private func describe(_ relation: Relation) -> String {
    let arrow = relation.type.isSymmetric ? "–" : "→"
    return "\(relation.type.rawValue) \(name(relation.source))\(arrow)\(name(relation.target))"
  }
}
