"""Pure planning and bookkeeping: no Qt, no APScheduler, no sqlite3, no network."""
