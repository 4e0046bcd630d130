import CNcursesw
import ExplorerCore
import Testing

@testable import TerminalBackend

/// ncurses' codes to the explorer's keys: what the key map binds must be what arrives.
@Suite struct KeyDecodingTests {
  @Test(arguments: [
    (UInt32(10), Key.enter), (13, .enter), (9, .tab), (8, .backspace), (127, .backspace),
    (27, .escape), (1, .control("a")), (3, .control("c")), (12, .control("l")),
    (21, .control("u")), (26, .control("z")), (32, .character(" ")), (106, .character("j")),
    (81, .character("Q")), (0xE9, .character("é")), (0x1F600, .character("😀")),
  ])
  func aCharacterCodeIsItsKey(code: UInt32, key: Key) {
    #expect(KeyDecoding.key(character: code) == key)
  }

  @Test(arguments: [UInt32(0), 28, 31, 0xD800, 0x110000])
  func aCodeThatIsNoKeyIsDropped(code: UInt32) {
    #expect(KeyDecoding.key(character: code) == nil)
  }

  @Test func functionKeys() {
    let expected: [(Int32, Key)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_NPAGE, .pageDown), (KEY_PPAGE, .pageUp), (KEY_HOME, .home), (KEY_END, .end),
      (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab), (KEY_DC, .delete),
    ]
    for (code, key) in expected {
      #expect(KeyDecoding.key(function: code) == key, "code \(code)")
    }
    // The backend reads resizes and the mouse itself; an unused key is no key.
    for code in [KEY_RESIZE, KEY_MOUSE, KEY_F0 + 1, KEY_IC] {
      #expect(KeyDecoding.key(function: code) == nil, "code \(code)")
    }
  }

  @Test func theWheelScrollsAndAnyOtherButtonClicksWhereItWas() {
    #expect(
      KeyDecoding.mouse(state: mmask_t(dossier_BUTTON4_PRESSED), x: 3, y: 4) == .wheelUp)
    #expect(
      KeyDecoding.mouse(state: mmask_t(dossier_BUTTON5_PRESSED), x: 3, y: 4) == .wheelDown)
    #expect(
      KeyDecoding.mouse(state: mmask_t(dossier_BUTTON1_CLICKED), x: 3, y: 4)
        == .click(x: 3, y: 4))
  }

  /// Every key the standard map binds can be typed: some code decodes to it.
  @Test func everyBoundKeyCanArrive() {
    let characters = (0..<0x3000).compactMap { KeyDecoding.key(character: UInt32($0)) }
    let functions = (KEY_MIN...KEY_MAX).compactMap { KeyDecoding.key(function: $0) }
    let arriving = Set(characters + functions)
    for binding in KeyMap.standard.bindings {
      for key in binding.keys {
        #expect(arriving.contains(key), "\(key.label) (\(binding.help)) never arrives")
      }
    }
  }
}
