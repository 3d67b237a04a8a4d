-- E-mails by the sender's idempotency key: a retried event never sends a SENT one again, and
-- a resend after a crash between sending and marking carries the same Message-ID.
CREATE SCHEMA messaging;
GRANT USAGE ON SCHEMA messaging TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA messaging GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

CREATE TABLE messaging.email (
  key varchar(200) PRIMARY KEY,
  recipient_id uuid NOT NULL,
  subject varchar(300) NOT NULL,
  status varchar(14) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'NO_ADDRESS', 'NOT_CONFIGURED')),
  attempts int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX email_recipient ON messaging.email (recipient_id, created_at DESC);
