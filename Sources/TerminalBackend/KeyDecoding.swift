import CNcursesw
import ExplorerCore

/// How ncurses' key codes become the explorer's keys: pure, so it is tested without a terminal.
public enum KeyDecoding {
  /// A character `wget_wch` read (`OK`): control codes by name, the rest as characters, and
  /// nil for what is neither (other C0 controls, a code that is no scalar).
  public static func key(character code: UInt32) -> Key? {
    switch code {
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
    default:
      guard code >= 32, let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A function key `wget_wch` decoded (`KEY_CODE_YES`); nil for one the explorer does not use
  /// and for the resize and mouse codes, which the backend reads itself.
  public static func key(function code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_NPAGE: .pageDown
    case KEY_PPAGE: .pageUp
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_BTAB: .backTab
    case KEY_DC: .delete
    default: nil
    }
  }

  /// A mouse report's button state: the wheel, else a click where it happened.
  public static func mouse(state: mmask_t, x: Int, y: Int) -> MouseEvent {
    if state & mmask_t(dossier_BUTTON4_PRESSED) != 0 { return .wheelUp }
    if state & mmask_t(dossier_BUTTON5_PRESSED) != 0 { return .wheelDown }
    return .click(x: x, y: y)
  }
}
