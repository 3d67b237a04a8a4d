-- Deletions of accounts not yet complete: each module's data goes in one transaction and
-- the identity vault after it, so a deletion interrupted between the two, or failed, is
-- kept here and retried. A completed deletion leaves no row.
CREATE TABLE privacy.deletion (
  person_id uuid PRIMARY KEY,
  requested_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error varchar(300)
);
