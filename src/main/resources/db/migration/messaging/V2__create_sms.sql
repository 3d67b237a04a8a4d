-- Text messages through an operator's SMSC over SMPP. Numbers stay in the identity vault:
-- these tables hold the recipient's person id and the vault's keyed hash of the number
-- (number_key), enough to match a reply or an opt-out to a conversation.

ALTER DEFAULT PRIVILEGES IN SCHEMA messaging GRANT USAGE, SELECT ON SEQUENCES TO osaamo_app;

-- Per organisation: the sender id authorised for it and its quiet hours.
CREATE TABLE messaging.sms_settings (
  organisation_id uuid PRIMARY KEY,
  sender_id varchar(16),
  quiet_from time NOT NULL DEFAULT '20:00',
  quiet_until time NOT NULL DEFAULT '08:00',
  quiet_weekends boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);

-- The outbox: one row per message key; a sender claims due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE messaging.sms (
  id bigserial PRIMARY KEY,
  key varchar(200) NOT NULL UNIQUE,
  organisation_id uuid NOT NULL,
  recipient_id uuid,
  number_key char(64),
  conversation varchar(200) NOT NULL,
  language varchar(2) NOT NULL,
  text text NOT NULL,
  encoding varchar(4) NOT NULL CHECK (encoding IN ('GSM7', 'UCS2')),
  parts smallint NOT NULL CHECK (parts BETWEEN 1 AND 10),
  essential boolean NOT NULL DEFAULT false,
  state varchar(9) NOT NULL CHECK (state IN ('QUEUED', 'SENDING', 'SUBMITTED', 'DELIVERED', 'FAILED', 'EXPIRED')),
  due_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  error varchar(40),
  claimed_by uuid,
  claimed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  finished_at timestamptz,
  link_token varchar(32) UNIQUE,
  link_expires_at timestamptz
);
CREATE INDEX sms_due ON messaging.sms (due_at) WHERE state = 'QUEUED';
CREATE INDEX sms_sending ON messaging.sms (claimed_by) WHERE state = 'SENDING';
CREATE INDEX sms_number ON messaging.sms (number_key, created_at DESC);
CREATE INDEX sms_created ON messaging.sms (created_at);

-- Each part of a message, with the id the SMSC gave it and the last receipt's state.
CREATE TABLE messaging.sms_part (
  sms_id bigint NOT NULL REFERENCES messaging.sms ON DELETE CASCADE,
  part smallint NOT NULL,
  smsc_id varchar(65),
  submitted_at timestamptz,
  state varchar(9),
  PRIMARY KEY (sms_id, part)
);
CREATE UNIQUE INDEX sms_part_smsc ON messaging.sms_part (smsc_id);

-- Every delivery receipt as it came, matched to its part when the SMSC's id is known.
CREATE TABLE messaging.sms_receipt (
  id bigserial PRIMARY KEY,
  smsc_id varchar(65),
  sms_id bigint REFERENCES messaging.sms ON DELETE CASCADE,
  part smallint,
  number_key char(64),
  stat varchar(7),
  err varchar(3),
  text_start varchar(20),
  raw text NOT NULL,
  well_formed boolean NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sms_receipt_unmatched ON messaging.sms_receipt (number_key) WHERE sms_id IS NULL;
CREATE INDEX sms_receipt_smsc ON messaging.sms_receipt (smsc_id);
CREATE INDEX sms_receipt_orphan ON messaging.sms_receipt (smsc_id) WHERE sms_id IS NULL;

-- Replies by SMS or through the personal link; a reply from an unknown number keeps only a
-- masked number (sender_shown) and its key, and is shown to administrators.
CREATE TABLE messaging.sms_reply (
  id bigserial PRIMARY KEY,
  channel varchar(3) NOT NULL CHECK (channel IN ('SMS', 'WEB')),
  number_key char(64),
  sender_shown varchar(24),
  sms_id bigint REFERENCES messaging.sms ON DELETE SET NULL,
  text text NOT NULL,
  keyword varchar(5) CHECK (keyword IN ('STOP', 'START')),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sms_reply_sms ON messaging.sms_reply (sms_id);
CREATE INDEX sms_reply_unknown ON messaging.sms_reply (received_at DESC) WHERE sms_id IS NULL;

-- Numbers that said STOP: non-essential messages to them are not sent.
CREATE TABLE messaging.sms_opt_out (
  number_key char(64) PRIMARY KEY,
  opted_out_at timestamptz NOT NULL DEFAULT now()
);

-- Running senders and their heartbeats: a claim by a sender that stopped beating is in
-- doubt and is settled from the receipts the SMSC sends to the next bind.
CREATE TABLE messaging.sms_sender (
  id uuid PRIMARY KEY,
  host varchar(100) NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  heartbeat_at timestamptz NOT NULL DEFAULT now()
);

-- Sending paused by an administrator, for every instance.
CREATE TABLE messaging.sms_control (
  id int PRIMARY KEY CHECK (id = 1),
  paused boolean NOT NULL DEFAULT false,
  changed_by uuid,
  changed_at timestamptz
);
INSERT INTO messaging.sms_control (id) VALUES (1);
