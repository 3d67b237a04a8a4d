-- Why a run failed and why a record was turned down are kept as a message key with its
-- arguments (a line and a column, say), so each reader reads them in their own language.
ALTER TABLE opendata.import_run ADD COLUMN message_args text[] NOT NULL DEFAULT '{}';
ALTER TABLE opendata.rejection ADD COLUMN reason_args text[] NOT NULL DEFAULT '{}';
