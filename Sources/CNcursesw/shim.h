// The wide-character ncurses API for Swift. Without NCURSES_WIDECHAR, cchar_t and the *_wch
// functions are hidden. The globals (stdscr, LINES, ...) and the attribute macros are not usable
// from Swift 6, so they are wrapped here as functions and constants.
#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdio.h>

static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *dossier_stdout(void) { return stdout; }
static inline FILE *dossier_stdin(void) { return stdin; }

static const attr_t dossier_A_NORMAL = A_NORMAL;
static const attr_t dossier_A_BOLD = A_BOLD;
static const attr_t dossier_A_REVERSE = A_REVERSE;
static const attr_t dossier_A_UNDERLINE = A_UNDERLINE;
static const attr_t dossier_A_DIM = A_DIM;

static const mmask_t dossier_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t dossier_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t dossier_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t dossier_BUTTON5_PRESSED = BUTTON5_PRESSED;

/// Whether the terminal can address the cursor: without it (TERM=dumb) nothing can be drawn.
static inline int dossier_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}
#endif
