-- 001: documents, events with their sources, assets and companies with aliases, full-text indexes.

CREATE TABLE documents (
  id          TEXT PRIMARY KEY,            -- SHA-256 of the decoded text
  location    TEXT NOT NULL,               -- path or URL it was read from
  url         TEXT,
  title       TEXT,
  lang        TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
  published   TEXT,
  fetched_at  TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  format      TEXT NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  key            TEXT NOT NULL UNIQUE,     -- identity of the fact: same key = same event
  asset          TEXT NOT NULL,
  asset_aliases  TEXT NOT NULL DEFAULT '[]',  -- JSON array
  company        TEXT,
  type           TEXT NOT NULL,
  status         TEXT,
  agency         TEXT,
  date           TEXT,
  indication     TEXT,
  modality       TEXT,
  targets        TEXT NOT NULL DEFAULT '[]',  -- JSON array
  phase          TEXT,
  counterparty   TEXT,
  upfront_usd    REAL,
  total_usd      REAL,
  asset_id       TEXT,
  company_id     TEXT,
  created_at     TEXT NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_asset ON events (asset);
CREATE INDEX events_company ON events (company);

-- One event, many sources: every document or official record that states it.
CREATE TABLE event_sources (
  id                 INTEGER PRIMARY KEY,
  event_id           INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  document_id        TEXT REFERENCES documents (id) ON DELETE CASCADE,
  source_id          TEXT,                 -- adapter id for official records (cde-btd …), NULL for documents
  record_id          TEXT,
  url                TEXT,
  sentence           TEXT NOT NULL,
  span_start         INTEGER NOT NULL,
  span_end           INTEGER NOT NULL,
  extractor_version  TEXT NOT NULL,
  fetched_at         TEXT NOT NULL,
  UNIQUE (event_id, document_id, span_start)
);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX event_sources_document ON event_sources (document_id);

CREATE TABLE companies (
  id          TEXT PRIMARY KEY,
  name_en     TEXT,
  name_zh     TEXT,
  parent_id   TEXT REFERENCES companies (id)
);
CREATE TABLE company_aliases (
  company_id  TEXT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  norm        TEXT NOT NULL,
  origin      TEXT NOT NULL,
  source_id   TEXT,
  PRIMARY KEY (company_id, norm)
);
CREATE INDEX company_aliases_norm ON company_aliases (norm);

CREATE TABLE assets (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  company_id  TEXT REFERENCES companies (id),
  modality    TEXT,
  targets     TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE asset_aliases (
  asset_id    TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  norm        TEXT NOT NULL,
  origin      TEXT NOT NULL,
  source_id   TEXT,
  PRIMARY KEY (asset_id, norm)
);
CREATE INDEX asset_aliases_norm ON asset_aliases (norm);

CREATE TABLE sources (
  id             TEXT PRIMARY KEY,
  last_run_at    TEXT,
  records_seen   INTEGER NOT NULL DEFAULT 0,
  blocked        INTEGER NOT NULL DEFAULT 0,
  last_error     TEXT
);

-- Full-text search: trigram tokens find Chinese substrings (突破性治疗) and English words alike.
CREATE VIRTUAL TABLE events_fts USING fts5 (
  asset, asset_aliases, company, indication, targets, counterparty, sentences,
  tokenize = 'trigram'
);
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, tokenize = 'trigram');

CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, asset, asset_aliases, company, indication, targets, counterparty, sentences)
  VALUES (new.id, new.asset, new.asset_aliases, coalesce(new.company, ''), coalesce(new.indication, ''), new.targets, coalesce(new.counterparty, ''), '');
END;
CREATE TRIGGER events_au AFTER UPDATE ON events BEGIN
  UPDATE events_fts SET asset = new.asset, asset_aliases = new.asset_aliases, company = coalesce(new.company, ''),
    indication = coalesce(new.indication, ''), targets = new.targets, counterparty = coalesce(new.counterparty, '')
  WHERE rowid = new.id;
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = old.id;
END;
CREATE TRIGGER event_sources_ai AFTER INSERT ON event_sources BEGIN
  UPDATE events_fts SET sentences = sentences || ' ' || new.sentence WHERE rowid = new.event_id;
END;
