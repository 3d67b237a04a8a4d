CREATE SCHEMA account;
GRANT USAGE ON SCHEMA account TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA account GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

-- Failed sign-ins per user name; the name is kept only as its SHA-256 hash.
CREATE TABLE account.login_throttle (
  key_hash char(64) PRIMARY KEY,
  failures int NOT NULL,
  last_failure timestamptz NOT NULL,
  locked_until timestamptz
);
