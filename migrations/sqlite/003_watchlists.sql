-- 003: watchlists with their webhook delivery log, plus what the web UI needs to browse 1M events fast:
-- one row per (event, target) so the target facet and filter use an index, and indexes for the other facets.

CREATE TABLE watchlists (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  filter          TEXT NOT NULL,              -- JSON: { assets, companies, targets, indications, types }
  feed_token      TEXT NOT NULL UNIQUE,       -- unguessable part of the Atom feed URL
  webhook_url     TEXT,
  last_event_id   INTEGER NOT NULL DEFAULT 0, -- events with a larger id are "new" for the webhook
  created_at      TEXT NOT NULL
);

CREATE TABLE webhook_deliveries (
  id              INTEGER PRIMARY KEY,
  watchlist_id    INTEGER NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
  url             TEXT NOT NULL,
  event_ids       TEXT NOT NULL,              -- JSON array of the delivered event ids
  attempt         INTEGER NOT NULL,           -- 1 for the first try, then 2, 3 … (retries with backoff)
  status          INTEGER,                    -- HTTP status, NULL when no response
  ok              INTEGER NOT NULL,
  error           TEXT,
  created_at      TEXT NOT NULL
);
CREATE INDEX webhook_deliveries_watchlist ON webhook_deliveries (watchlist_id, id);

-- Targets of each event, normalised (lower case, no hyphens or spaces: PD-1 = pd1), kept in step by triggers.
CREATE TABLE event_targets (
  event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  target    TEXT NOT NULL,
  norm      TEXT NOT NULL,
  PRIMARY KEY (norm, event_id)
) WITHOUT ROWID;
CREATE INDEX event_targets_event ON event_targets (event_id);

INSERT OR IGNORE INTO event_targets (event_id, target, norm)
  SELECT e.id, j.value, lower(replace(replace(j.value, '-', ''), ' ', '')) FROM events e, json_each(e.targets) j
  WHERE json_valid(e.targets) AND trim(j.value) <> '';

CREATE TRIGGER event_targets_ai AFTER INSERT ON events WHEN json_valid(new.targets) BEGIN
  INSERT OR IGNORE INTO event_targets (event_id, target, norm)
    SELECT new.id, value, lower(replace(replace(value, '-', ''), ' ', '')) FROM json_each(new.targets) WHERE trim(value) <> '';
END;
CREATE TRIGGER event_targets_au AFTER UPDATE OF targets ON events BEGIN
  DELETE FROM event_targets WHERE event_id = old.id;
  INSERT OR IGNORE INTO event_targets (event_id, target, norm)
    SELECT new.id, value, lower(replace(replace(value, '-', ''), ' ', '')) FROM json_each(CASE WHEN json_valid(new.targets) THEN new.targets ELSE '[]' END) WHERE trim(value) <> '';
END;
CREATE TRIGGER event_targets_ad AFTER DELETE ON events BEGIN
  DELETE FROM event_targets WHERE event_id = old.id;
END;

CREATE INDEX events_agency_date ON events (agency, date);
CREATE INDEX events_modality_date ON events (modality, date);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_created ON events (created_at);
