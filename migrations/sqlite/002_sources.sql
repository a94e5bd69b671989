-- 002: official-source records (issue 4). Facts the lists state beyond the event schema, the records themselves
-- (for idempotent incremental sync), extra identities of an event, and per-list sync checkpoints.

ALTER TABLE events ADD COLUMN class1 INTEGER;         -- 1 = Class 1 innovative (注册分类 1/1.x + new-drug 受理号), 0 = not, NULL = unknown
ALTER TABLE events ADD COLUMN first_ind INTEGER;      -- implied approvals: 1 = no earlier IND approval of the asset was stored; NULL = not computed
ALTER TABLE events ADD COLUMN proposed_date TEXT;     -- designations: date of the public notice (拟纳入)
ALTER TABLE events ADD COLUMN granted_date TEXT;      -- designations: date of inclusion (纳入) / grant
ALTER TABLE events ADD COLUMN first_seen_at TEXT;     -- when a sync or import first stored it; never overwritten
ALTER TABLE events ADD COLUMN record_key TEXT;        -- "<source id>:<record key>" of the record that first stated it
ALTER TABLE events ADD COLUMN asset_key TEXT;         -- asset name without dosage form, lower case, no spaces/hyphens (注射用BL-B01D1 → blb01d1)
CREATE INDEX events_asset_key ON events (asset_key, type);

-- Other identities of an event: a BTD keyed on 受理号 + indication is also known by the site's record id.
CREATE TABLE event_keys (
  alias     TEXT PRIMARY KEY,
  event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE
);
CREATE INDEX event_keys_event ON event_keys (event_id);

-- Every record an official list has shown, once per (source, record key); `hash` tells a changed record from a known one.
CREATE TABLE source_records (
  source_id      TEXT NOT NULL,
  record_key     TEXT NOT NULL,
  list           TEXT,
  hash           TEXT NOT NULL,
  url            TEXT,
  data           TEXT NOT NULL,          -- JSON of the validated row
  first_seen_at  TEXT NOT NULL,
  last_seen_at   TEXT NOT NULL,
  PRIMARY KEY (source_id, record_key)
);
CREATE INDEX source_records_url ON source_records (source_id, url);

-- Where a sync of one list stands: `running` with the next page to fetch, or `complete`. A killed run resumes here.
CREATE TABLE sync_checkpoints (
  source_id   TEXT NOT NULL,
  list        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('running', 'complete')),
  next_page   INTEGER NOT NULL,
  last_page   INTEGER,
  total       INTEGER,
  started_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (source_id, list)
);
