import DossierModel

/// Confirming and rejecting links from the cross-references view. The dossier changes at once;
/// writing the judgement file is a command for the runtime.
extension Explorer {
  /// The link under the cursor and its two claims.
  var selectedLink: (link: CrossReference, from: Claim, to: Claim)? {
    guard case .links(let claim) = page.screen else { return nil }
    let links = dossier.links(of: claim)
    guard links.indices.contains(page.selected),
      let from = dossier.claim(id: links[page.selected].from),
      let to = dossier.claim(id: links[page.selected].to)
    else { return nil }
    return (links[page.selected], from, to)
  }

  mutating func confirmLink() -> [Command] {
    guard let (link, from, to) = selectedLink else { return [] }
    var changed = dossier
    changed.links = dossier.links.map { candidate in
      guard candidate.from == link.from, candidate.to == link.to else { return candidate }
      var judged = candidate
      judged.confirmed.toggle()
      return judged
    }
    replaceDossier(changed, analysing: analysing)
    let (a, b) = (dossier.anchor(of: from), dossier.anchor(of: to))
    if link.confirmed {
      status = "Judgement forgotten: the link is proposed again"
      return [.forget(a, b)]
    }
    status =
      "Confirmed: \(link.kind.rawValue) \(dossier.shortKey(of: from)) - \(dossier.shortKey(of: to))"
    return [.record(Judgement(from: a, to: b, verdict: .confirmed, date: Judgement.timestamp()))]
  }

  mutating func rejectLink() -> [Command] {
    guard let (link, from, to) = selectedLink else { return [] }
    var changed = dossier
    changed.links = dossier.links.filter { !($0.from == link.from && $0.to == link.to) }
    replaceDossier(changed, analysing: analysing)
    lastRejected = link
    clampPage()
    status = "Rejected: it will not be proposed again (U undoes)"
    return [
      .record(
        Judgement(
          from: dossier.anchor(of: from), to: dossier.anchor(of: to), verdict: .rejected,
          date: Judgement.timestamp()))
    ]
  }

  mutating func undoReject() -> [Command] {
    guard var link = lastRejected, let from = dossier.claim(id: link.from),
      let to = dossier.claim(id: link.to)
    else {
      status = "Nothing to undo"
      return []
    }
    link.confirmed = false
    var changed = dossier
    changed.links.append(link)
    replaceDossier(changed, analysing: analysing)
    lastRejected = nil
    status = "Rejection undone"
    return [.forget(dossier.anchor(of: from), dossier.anchor(of: to))]
  }
}
