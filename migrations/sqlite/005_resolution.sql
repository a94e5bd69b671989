-- 005: resolution (issue 5). Aliases keep their identity key and every spelling; assets and companies keep why
-- they were merged; merged events (one row per fact, several stored events each) with conflicts side by side;
-- a record of each run so commands know whether the store changed since. Also fixes event_sources duplicates of
-- record events (their document_id is NULL, which the 001 UNIQUE constraint does not compare).

ALTER TABLE assets ADD COLUMN why TEXT NOT NULL DEFAULT '[]';          -- JSON array of merge notes
ALTER TABLE companies ADD COLUMN why TEXT NOT NULL DEFAULT '[]';
ALTER TABLE asset_aliases ADD COLUMN key TEXT;                         -- identity key (IBI-363 = ibi363, dosage form stripped)
CREATE INDEX asset_aliases_key ON asset_aliases (key);

CREATE TABLE merged_events (
  id             INTEGER PRIMARY KEY,      -- the lowest id of its member events
  asset_id       TEXT NOT NULL,
  company_id     TEXT,
  type           TEXT NOT NULL,
  status         TEXT,
  agency         TEXT,
  date           TEXT,
  proposed_date  TEXT,
  granted_date   TEXT,
  indication     TEXT,
  phase          TEXT,
  counterparty   TEXT,
  upfront_usd    REAL,
  total_usd      REAL,
  official       INTEGER NOT NULL DEFAULT 0,
  members        INTEGER NOT NULL,
  conflicts      TEXT NOT NULL DEFAULT '[]',  -- JSON: [{ field, chosen, values: [{ value, eventIds, sources, official }] }]
  why            TEXT NOT NULL DEFAULT '[]'   -- JSON array of merge notes
);
CREATE INDEX merged_events_asset ON merged_events (asset_id, date);
CREATE INDEX merged_events_type ON merged_events (type, asset_id);

CREATE TABLE merged_event_members (
  event_id   INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  merged_id  INTEGER NOT NULL
);
CREATE INDEX merged_event_members_merged ON merged_event_members (merged_id);

CREATE TABLE resolution_runs (
  id           INTEGER PRIMARY KEY,
  fingerprint  TEXT NOT NULL,               -- the store's events and sources + resolver version + overrides, as resolved
  started_at   TEXT NOT NULL,
  finished_at  TEXT NOT NULL,
  events       INTEGER NOT NULL,
  assets       INTEGER NOT NULL,
  companies    INTEGER NOT NULL,
  merged       INTEGER NOT NULL,
  warnings     TEXT NOT NULL DEFAULT '[]'
);

-- Record sources (document_id NULL) are deduplicated on their identity and sentence: one record may state an event
-- twice in different words (a 拟纳入 notice and its 纳入 inclusion), and both sentences are kept.
DELETE FROM event_sources WHERE document_id IS NULL AND id NOT IN (
  SELECT min(id) FROM event_sources WHERE document_id IS NULL
  GROUP BY event_id, coalesce(source_id, ''), coalesce(record_id, ''), span_start, sentence
);
CREATE UNIQUE INDEX event_sources_record_identity
  ON event_sources (event_id, coalesce(source_id, ''), coalesce(record_id, ''), span_start, sentence) WHERE document_id IS NULL;
-- Plain INSERTs of a record source already linked are skipped, not failed, so callers without ON CONFLICT keep working.
CREATE TRIGGER event_sources_dedupe BEFORE INSERT ON event_sources
WHEN new.document_id IS NULL AND EXISTS (
  SELECT 1 FROM event_sources s WHERE s.event_id = new.event_id AND s.document_id IS NULL
    AND coalesce(s.source_id, '') = coalesce(new.source_id, '') AND coalesce(s.record_id, '') = coalesce(new.record_id, '')
    AND s.span_start = new.span_start AND s.sentence = new.sentence
)
BEGIN
  SELECT RAISE(IGNORE);
END;
