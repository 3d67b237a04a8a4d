-- Sign-in attempts with a password: the throttle counts recent failures per client address
-- and per user name from them, and platform administrators read them as the sign-in log.
-- The name is kept as typed (at most 64 characters) for the log and as a SHA-256 hash of
-- its normalised form for counting; rows older than the retention period are deleted.
DROP TABLE account.login_throttle;

CREATE TABLE account.sign_in_attempt (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  client varchar(64) NOT NULL,
  name_key char(64) NOT NULL,
  username varchar(64) NOT NULL,
  outcome varchar(10) NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'THROTTLED'))
);
CREATE INDEX sign_in_attempt_name ON account.sign_in_attempt (name_key, at);
CREATE INDEX sign_in_attempt_client ON account.sign_in_attempt (client, at);
CREATE INDEX sign_in_attempt_at ON account.sign_in_attempt (at);
GRANT USAGE, SELECT ON SEQUENCE account.sign_in_attempt_id_seq TO osaamo_app;
