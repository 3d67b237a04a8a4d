-- Status queries sent to apprentices, one per apprenticeship, query and day, each with the
-- matrix version it was sent with; and the answers, by SMS or through the personal link,
-- each read against the options of the query it answers.
CREATE TABLE coach.status_message (
  id uuid PRIMARY KEY,
  apprenticeship_id uuid NOT NULL REFERENCES coach.apprenticeship (id) ON DELETE CASCADE,
  school_id uuid NOT NULL,
  query_key varchar(40) NOT NULL,
  matrix_version int NOT NULL,
  due_on date NOT NULL,
  queued_at timestamptz NOT NULL,
  UNIQUE (apprenticeship_id, query_key, due_on)
);

CREATE INDEX status_message_latest ON coach.status_message (apprenticeship_id, queued_at DESC);

CREATE TABLE coach.answer (
  id bigserial PRIMARY KEY,
  reply_id bigint NOT NULL UNIQUE,
  apprenticeship_id uuid NOT NULL REFERENCES coach.apprenticeship (id) ON DELETE CASCADE,
  status_message_id uuid REFERENCES coach.status_message (id) ON DELETE SET NULL,
  channel varchar(3) NOT NULL CHECK (channel IN ('SMS', 'WEB')),
  text text NOT NULL,
  received_at timestamptz NOT NULL,
  option_number smallint,
  reading varchar(10) NOT NULL CHECK (reading IN ('FINE', 'NEEDS_HELP', 'UNCLEAR')),
  topic varchar(12),
  handler varchar(12)
);

CREATE INDEX answer_apprenticeship ON coach.answer (apprenticeship_id, received_at DESC);

ALTER DEFAULT PRIVILEGES IN SCHEMA coach GRANT USAGE, SELECT ON SEQUENCES TO osaamo_app;
GRANT USAGE, SELECT ON SEQUENCE coach.answer_id_seq TO osaamo_app;
