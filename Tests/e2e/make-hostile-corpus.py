#!/usr/bin/env python3
"""Writes a corpus of hostile and broken article files into DIR (created, must not exist or be
empty). Deterministic: the same files, byte for byte, on every run.

Usage: python3 Tests/e2e/make-hostile-corpus.py DIR

Each file is named after what is wrong with it; hostile.sh and HostileInputTests check what
dossier makes of each one. The files:

  good.txt                 a normal article: must load with its claims
  invalid-utf8.txt         UTF-8 with stray invalid bytes: loads, U+FFFD in place, one warning
  latin1-crlf.txt          Windows-1252 with CRLF line ends: loads decoded as Windows-1252
  binary.txt               random bytes: skipped as binary
  empty.txt                no bytes: skipped
  title-only.txt           a title and nothing else: loads, warned that there is no body
  huge-line.txt            one 6.8 MB line of short sentences: loads in seconds
  many-lines.txt           300,000 short lines: loads with every line kept
  run-on.txt               1.7 MB without a sentence end: kept, but not analysed (warned)
  frontmatter-unclosed.md  front matter never closed: read as text, warned
  frontmatter-bad.md       front matter lines that are not `key: value`: ignored, warned
  unreadable.txt           mode 000 (root reads it anyway)
  dir.txt/                 a folder named like an article (it holds one article)
  fifo.txt                 a named pipe: skipped at once, never opened for a blocking read
  fifo-link.txt            a symbolic link to the pipe: skipped the same way
  loop-a.txt, loop-b.txt   symbolic links to each other: skipped as a loop
  self.txt                 a symbolic link to itself: skipped as a loop
  up                       a symbolic link to the corpus folder: not followed
  dangling.txt             a symbolic link to nothing: skipped
  dangling-<ESC>]0;pwned<BEL>.txt
                           the same, with an OSC title sequence in its name (shown escaped)
  sparse-65mb.txt          a sparse 65 MB file: skipped as too large, without reading it
  escapes.txt              ESC/CSI, OSC 0/2 titles, OSC 52 clipboard, BEL, backspaces, C1 controls
                           (UTF-8 encoded U+0080-U+009F): loads; never reaches a terminal raw
  raw-c1.txt               UTF-8 text with a raw 0x9B byte (an 8-bit CSI): loads, repaired
  nul-inside.txt           text with NUL bytes inside: loads with the NULs removed, warned
  bidi.txt                 bidi overrides/isolates and zero-width characters
  cjk-emoji.txt            Chinese, Japanese and emoji with ZWJ sequences, flags, skin tones
  utf16.txt                UTF-16 with a byte-order mark: skipped, saying it is UTF-16
  name-<ESC>[31m-red.txt   a good article whose file name holds an escape sequence
"""

import os
import random
import sys

ESC = "\x1b"
BEL = "\x07"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make-hostile-corpus.py DIR")
    root = sys.argv[1]
    os.makedirs(root, exist_ok=True)
    if os.listdir(root):
        sys.exit(f"{root} is not empty")
    rng = random.Random(20240611)

    def write(name: str, data: bytes | str) -> None:
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(data.encode("utf-8") if isinstance(data, str) else data)

    write(
        "good.txt",
        "Iran and Serbia Deepen Their Ties\n\n"
        "By Ana Petrovic\n\n"
        "Serbian President Aleksandar Vucic met Iranian officials in Belgrade on Monday to "
        "discuss trade and energy.\n\n"
        "According to the Serbian foreign ministry, Iran agreed to expand flights between Tehran "
        "and Belgrade in 2024.\n\n"
        "Analysts said the talks showed that Serbia is keeping its options open while it seeks "
        "membership of the European Union.\n",
    )

    # Valid UTF-8 (č, ć, š, ž, đ) with invalid bytes: 0xFF, an overlong 0xC0 0x80, a lone
    # continuation byte and a sequence cut short. More valid multi-byte letters than invalid
    # sequences, so it reads as damaged UTF-8, not as Latin-1.
    write(
        "invalid-utf8.txt",
        "Vučić i Dačić u Beogradu\n\n".encode()
        + "Aleksandar Vučić said Serbia would not join sanctions against Iran, ".encode()
        + b"\xff\xc0\x80 and \x80 then \xe2\x82 "
        + "čćšžđ ČĆŠŽĐ said Ivica Dačić in Niš.\n".encode(),
    )

    # Windows-1252 with CRLF: é è ê ç, curly quotes (0x93 0x94), the euro sign (0x80), a dash.
    write(
        "latin1-crlf.txt",
        b"Latin title\r\n\r\nCaf\xe9 cr\xe8me in Belgrade.\r\n\r\n"
        b"The minister said Serbia would pay 5 million \x80 for the \x93d\xe9p\xf4t\x94 "
        b"\x96 a deal Iran welcomed, according to the fran\xe7ais press.\r\n",
    )

    write("binary.txt", bytes(rng.randrange(256) for _ in range(4096)))
    write("empty.txt", b"")
    write("title-only.txt", "Only A Title Here\n")
    write("huge-line.txt", "Serbia and Iran. " * 400_000)
    write("many-lines.txt", "".join(f"Line {n} about Serbia.\n" for n in range(1, 300_001)))
    write("run-on.txt", "Serbia and Iran, " * 100_000 + "\n")

    write(
        "frontmatter-unclosed.md",
        "---\ntitle: Never Closed\nbyline: Someone\n\n"
        "Serbia and Iran signed a visa agreement in Belgrade, the ministry said on Tuesday.\n",
    )
    write(
        "frontmatter-bad.md",
        "---\ntitle: [unclosed\n: : :\n- a list item\n  indented: value\n\tno colon here\n---\n"
        "Bad Front Matter Article\n\n"
        "Iran sent a delegation to Serbia to discuss energy cooperation, officials said.\n",
    )

    write(
        "unreadable.txt",
        "Unreadable Article\n\nSerbia and Iran discussed trade in Tehran, the agency said.\n",
    )
    os.chmod(os.path.join(root, "unreadable.txt"), 0)

    write(
        "dir.txt/inside.txt",
        "Inside A Folder Named Like A File\n\n"
        "Iran opened a cultural centre in Belgrade, the embassy said on Friday.\n",
    )
    os.mkfifo(os.path.join(root, "fifo.txt"))
    os.symlink("fifo.txt", os.path.join(root, "fifo-link.txt"))
    os.symlink("loop-b.txt", os.path.join(root, "loop-a.txt"))
    os.symlink("loop-a.txt", os.path.join(root, "loop-b.txt"))
    os.symlink("self.txt", os.path.join(root, "self.txt"))
    os.symlink(".", os.path.join(root, "up"))
    os.symlink("nowhere.txt", os.path.join(root, "dangling.txt"))
    os.symlink("nowhere.txt", os.path.join(root, f"dangling-{ESC}]0;pwned{BEL}.txt"))
    # Sparse: 65 MB on paper, no blocks on disk; skipped by size without being read.
    with open(os.path.join(root, "sparse-65mb.txt"), "wb") as file:
        file.truncate(65 << 20)

    c1 = "".join(chr(c) for c in range(0x80, 0xA0))
    write(
        "escapes.txt",
        f"Escape {ESC}[2J{ESC}[H Title {ESC}]0;pwned-title{BEL}\n\n"
        f"By Eve {ESC}]2;another-title{ESC}\\Mallory\n\n"
        f"Serbia and Iran {ESC}[31mred{ESC}[0m signed a deal in Belgrade, the ministry said "
        f"{ESC}]52;c;cm0gLXJmIH4v{BEL} on Monday.\n\n"
        f"Iran said the bell rings{BEL}{BEL} and the text backs up abc\b\b\bxyz over Serbia.\n\n"
        f"C1 controls {c1} and CSI \u009b31m and OSC \u009d0;x\u009c end here in Tehran.\n\n"
        f"A DEL \x7f and a form feed \x0c and a vertical tab \x0b in Belgrade, the ministry "
        f"said.\n",
    )
    write(
        "raw-c1.txt",
        "Raw C1 Byte Article\n\n".encode()
        + b"Serbia and Iran \x9b31m signed in Belgrade, Vu\xc4\x8di\xc4\x87 said on Monday.\n",
    )
    write(
        "nul-inside.txt",
        b"NUL Inside Article\n\nSerbia and\x00 Iran signed a trade deal in Belgrade, the "
        b"ministry\x00 said on Monday.\n",
    )
    write(
        "bidi.txt",
        "Bidi \u202eesrever\u202c Title\n\n"
        "Serbia \u202aand\u202c Iran \u202b\u202d\u2066signed\u2069 \u2067a\u2069 \u2068deal"
        "\u2069 in Bel\u200bgrade, the\u200c min\u200distry\u2060 said \ufeffon Monday.\n",
    )
    write(
        "cjk-emoji.txt",
        "塞尔维亚与伊朗 🇷🇸🇮🇷\n\n"
        "塞尔维亚总统武契奇周一在贝尔格莱德会见了伊朗外长。双方讨论了贸易。\n\n"
        "セルビアとイランは協定に署名した。👨‍👩‍👧‍👦 👍🏽 🏳️‍🌈 Serbia and Iran signed "
        "a deal, officials said.\n",
    )
    write("utf16.txt", "\ufeffUTF-16 Title\n\nSerbia and Iran.\n".encode("utf-16-le"))
    write(
        f"name-{ESC}[31m-red.txt",
        "Escaped File Name\n\nIran and Serbia held talks in Belgrade, the ministry said.\n",
    )


if __name__ == "__main__":
    main()
