// The system SQLite (Debian's is built with FTS5), plus what Swift cannot import from it.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro: binds that must copy their text use this instead.
static inline sqlite3_destructor_type dossier_sqlite_transient(void) { return SQLITE_TRANSIENT; }
