/// Who does what to whom across the whole dossier: actors as nodes, and one edge per
/// (source, target, type, negated, speculative) with every claim behind it. Symmetric relations
/// (diplomatic, economic, energy, military cooperation, conflict) keep their two actors in a
/// fixed order, so one fact told both ways is one edge, not two.
public struct RelationGraph: Sendable {
  public struct Node: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var kind: ActorKind
  }

  public struct Edge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var type: RelationType
    public var negated: Bool
    /// Planned, forecast or conditional in every claim behind it: drawn apart, and hidden on
    /// request, so a plan never reads as a fact.
    public var speculative: Bool
    /// The surest reading among its claims (0–1).
    public var confidence: Double
    /// Claim ids, in dossier order.
    public var claims: [String]
    /// The articles the claims come from, in first-claim order.
    public var articles: [String]
    /// Whether another article contests one of its claims, or the dossier also holds the
    /// opposite edge (asserted vs negated).
    public var contested: Bool

    public var evidence: Int { claims.count }

    /// The other end, seen from `node`.
    public func other(than node: String) -> String { node == source ? target : source }

    /// How the edge points, seen from `node`.
    public func direction(from node: String) -> Direction {
      guard !type.isSymmetric else { return .mutual }
      return node == source ? .outgoing : .incoming
    }
  }

  public enum Direction: Sendable, Hashable {
    case outgoing, incoming, mutual
  }

  /// Which relations to keep.
  public struct Filter: Sendable, Equatable {
    /// Only these types; nil for all.
    public var types: Set<RelationType>?
    /// Edges with fewer claims are left out.
    public var minimumEvidence: Int
    /// Only actors of these kinds (countries only, or with organisations, groups, people).
    public var kinds: Set<ActorKind>
    /// Whether planned, forecast or conditional relations are kept.
    public var speculative: Bool
    /// Relations read with less confidence are left out.
    public var minimumConfidence: Double
    /// Below this a relation is unsure: marked in drawings, hidden on request.
    public static let unsureBelow = 0.5

    public init(
      types: Set<RelationType>? = nil, minimumEvidence: Int = 1,
      kinds: Set<ActorKind> = Set(ActorKind.allCases), speculative: Bool = true,
      minimumConfidence: Double = 0
    ) {
      self.types = types
      self.minimumEvidence = minimumEvidence
      self.kinds = kinds
      self.speculative = speculative
      self.minimumConfidence = minimumConfidence
    }
  }

  /// Nodes with at least one edge, by name.
  public private(set) var nodes: [Node]
  /// Edges by source, target, type, negation.
  public private(set) var edges: [Edge]

  public init(_ dossier: Dossier, filter: Filter = Filter()) {
    var byKey: [String: Edge] = [:]
    var order: [String] = []
    // Each edge's claims and articles so far, looked up in a set: a common relation has tens of
    // thousands of claims in a large archive, and searching its array for each was quadratic.
    var seen: [String: (claims: Set<String>, articles: Set<String>)] = [:]
    for claim in dossier.claims {
      for relation in claim.relations {
        guard filter.types?.contains(relation.type) ?? true,
          filter.speculative || !relation.speculative,
          relation.confidence >= filter.minimumConfidence,
          let source = dossier.entity(id: relation.source),
          let target = dossier.entity(id: relation.target),
          filter.kinds.contains(source.kind), filter.kinds.contains(target.kind)
        else { continue }
        let (from, to) =
          relation.type.isSymmetric
          ? (min(relation.source, relation.target), max(relation.source, relation.target))
          : (relation.source, relation.target)
        let key =
          "\(from)\u{1F}\(to)\u{1F}\(relation.type.rawValue)\u{1F}\(relation.negated)\u{1F}\(relation.speculative)"
        if byKey[key] == nil {
          order.append(key)
          byKey[key] = Edge(
            source: from, target: to, type: relation.type, negated: relation.negated,
            speculative: relation.speculative, confidence: relation.confidence, claims: [],
            articles: [], contested: false)
        } else if relation.confidence > byKey[key]!.confidence {
          byKey[key]!.confidence = relation.confidence
        }
        if seen[key, default: ([], [])].claims.insert(claim.id).inserted {
          byKey[key]!.claims.append(claim.id)
        }
        if seen[key]!.articles.insert(claim.article).inserted {
          byKey[key]!.articles.append(claim.article)
        }
        if (dossier.standings[claim.id]?.contestedBy ?? 0) > 0 { byKey[key]!.contested = true }
      }
    }
    var edges = order.compactMap { byKey[$0] }.filter { $0.evidence >= filter.minimumEvidence }
    // The same relation both asserted and denied is contested whatever the links say; a plan
    // contests nothing.
    let asserted = Set(edges.filter { !$0.negated && !$0.speculative }.map(Self.factKey))
    let denied = Set(edges.filter { $0.negated && !$0.speculative }.map(Self.factKey))
    for index in edges.indices
    where !edges[index].speculative && asserted.contains(Self.factKey(edges[index]))
      && denied.contains(Self.factKey(edges[index]))
    {
      edges[index].contested = true
    }
    self.edges = edges.sorted {
      ($0.source, $0.target, $0.type, ($0.negated ? 1 : 0) + ($0.speculative ? 2 : 0))
        < ($1.source, $1.target, $1.type, ($1.negated ? 1 : 0) + ($1.speculative ? 2 : 0))
    }
    let ids = Set(edges.flatMap { [$0.source, $0.target] })
    nodes = ids.compactMap { id in
      dossier.entity(id: id).map { Node(id: $0.id, name: $0.name, kind: $0.kind) }
    }
    .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
  }

  private static func factKey(_ edge: Edge) -> String {
    "\(edge.source) \(edge.target) \(edge.type.rawValue)"
  }

  public func node(id: String) -> Node? { nodes.first { $0.id == id } }

  /// The edges that touch a node.
  public func edges(of node: String) -> [Edge] {
    edges.filter { $0.source == node || $0.target == node }
  }

  /// The node with the most evidence behind its edges: the dossier's centre.
  public var centre: Node? {
    nodes.max { a, b in
      let (x, y) = (evidence(of: a.id), evidence(of: b.id))
      return x != y ? x < y : a.name > b.name
    }
  }

  public func evidence(of node: String) -> Int {
    edges(of: node).reduce(0) { $0 + $1.evidence }
  }
}
