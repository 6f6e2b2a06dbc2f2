-- GHE License Sync history, schema version 1. Times are RFC 3339 in UTC, with the same
-- instant in Unix seconds beside them for ordering and ranges. No secret is ever stored.
-- IF NOT EXISTS: two processes opening a new file at once may both run this.

-- One reading of GitHub: a License screen load, a consumed-licenses load, or the duplicate
-- analysis of a load.
CREATE TABLE IF NOT EXISTS readings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('license', 'consumed', 'duplicates')),
    -- The GHEC enterprise slug; '' when none is set up.
    enterprise TEXT NOT NULL,
    read_at TEXT NOT NULL,
    read_at_unix INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS readings_by_time ON readings (kind, enterprise, read_at_unix);

-- The enterprise's seats at a License screen reading.
CREATE TABLE IF NOT EXISTS cloud_seats (
    reading_id INTEGER PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
    consumed INTEGER,
    purchased INTEGER
);

-- Each GHES instance's license at a License screen reading.
CREATE TABLE IF NOT EXISTS server_licenses (
    reading_id INTEGER NOT NULL REFERENCES readings (id) ON DELETE CASCADE,
    hostname TEXT NOT NULL,
    version TEXT,
    seats INTEGER,
    seats_used INTEGER,
    expires_at TEXT,
    -- Why it could not be read (an error kind), when it could not.
    error_kind TEXT,
    PRIMARY KEY (reading_id, hostname)
);

-- Each server instance's license sync as GHEC listed it (license-sync-status).
CREATE TABLE IF NOT EXISTS syncs (
    reading_id INTEGER NOT NULL REFERENCES readings (id) ON DELETE CASCADE,
    hostname TEXT NOT NULL,
    server_id TEXT,
    last_sync TEXT,
    last_sync_unix INTEGER,
    status TEXT,
    error TEXT,
    PRIMARY KEY (reading_id, hostname)
);

-- The License screen as this app version showed it: the app opens with it at once.
CREATE TABLE IF NOT EXISTS license_screens (
    reading_id INTEGER PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
    app_version TEXT NOT NULL,
    overview TEXT NOT NULL
);

-- A consumed-licenses load: its summary (kept forever) and where its people are.
CREATE TABLE IF NOT EXISTS consumed_loads (
    reading_id INTEGER PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
    -- The load holding the full set this one builds on (itself when it is one).
    base_id INTEGER NOT NULL,
    -- The load this one's changes apply to; NULL for a full set.
    previous_id INTEGER,
    consumers INTEGER NOT NULL,
    seats_consumed INTEGER,
    seats_purchased INTEGER,
    cloud_only INTEGER NOT NULL,
    server_only INTEGER NOT NULL,
    cloud_and_server INTEGER NOT NULL,
    visual_studio INTEGER NOT NULL,
    unknown INTEGER NOT NULL,
    -- Against the load before it (all 0 for the first).
    added INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    -- 0 once its people were let go (retention); the summary stays.
    detail_kept INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS consumed_loads_by_base ON consumed_loads (base_id);

-- A load's people, deflated in parts: lines of a key and the person's values (a full set),
-- or of the people added, removed (no values) and changed (a change).
CREATE TABLE IF NOT EXISTS consumed_data (
    load_id INTEGER NOT NULL REFERENCES consumed_loads (reading_id) ON DELETE CASCADE,
    part INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (load_id, part)
);

-- Usage uploads GHEC held for each server instance at a License reading (GraphQL).
CREATE TABLE IF NOT EXISTS uploads (
    reading_id INTEGER NOT NULL REFERENCES readings (id) ON DELETE CASCADE,
    hostname TEXT NOT NULL,
    name TEXT,
    state TEXT,
    at TEXT
);
CREATE INDEX IF NOT EXISTS uploads_by_reading ON uploads (reading_id);

-- A duplicate analysis of a consumed-licenses load (its reading's time is the load's).
CREATE TABLE IF NOT EXISTS duplicate_analyses (
    reading_id INTEGER PRIMARY KEY REFERENCES readings (id) ON DELETE CASCADE,
    consumers INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    seats_saved INTEGER NOT NULL,
    -- 1 when the GHES accounts were loaded for it.
    with_accounts INTEGER NOT NULL
);

-- Its findings, by their stable id.
CREATE TABLE IF NOT EXISTS duplicate_findings (
    analysis_id INTEGER NOT NULL REFERENCES duplicate_analyses (reading_id) ON DELETE CASCADE,
    finding_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    confidence TEXT NOT NULL,
    seats_saved INTEGER NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (analysis_id, finding_id)
);

-- The Activity record (every hand-off, confirmation, failure, check), newest kept; the
-- app's and ghls's alike. `seq` orders entries; `id` is the entry's own.
CREATE TABLE IF NOT EXISTS activity (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL
);

-- One-off facts about the file (e.g. that activity.jsonl was imported).
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
