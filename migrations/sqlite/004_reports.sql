-- 004: indexes for the digest and asset reports.
-- An asset's identity across events, before resolution links asset_id: its name upper-cased without hyphens,
-- spaces or underscores (HRS-5965 = hrs5965). Queries must write the expression exactly like this to use the index.
-- It also covers what a digest highlight shows of an asset's earlier events (type, date, agency, status).
CREATE INDEX IF NOT EXISTS events_asset_norm_reports
  ON events (upper(replace(replace(replace(asset, '-', ''), ' ', ''), '_', '')), type, date, agency, status);
CREATE INDEX IF NOT EXISTS events_asset_id_reports ON events (asset_id, type, date) WHERE asset_id IS NOT NULL;
