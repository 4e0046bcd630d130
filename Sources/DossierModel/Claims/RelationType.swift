/// What one actor does to or with another, per the export schema's taxonomy (which maps onto
/// CAMEO's roots: diplomatic 03–05, economic 061, military cooperation 062, support 07,
/// criticism 11–13, sanctions 16x, conflict 14–20).
public enum RelationType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case diplomatic
  case economic
  case energy
  case militaryCooperation = "military_cooperation"
  case armsTransfer = "arms_transfer"
  case support
  case recognition
  case sanctions
  case criticism
  case conflict

  /// Relations that hold both ways: one fact gives one undirected edge, not two.
  public var isSymmetric: Bool {
    switch self {
    case .diplomatic, .economic, .energy, .militaryCooperation, .conflict: true
    case .armsTransfer, .support, .recognition, .sanctions, .criticism: false
    }
  }

  public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
