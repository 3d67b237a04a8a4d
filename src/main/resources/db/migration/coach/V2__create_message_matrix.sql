-- A school's message matrix, one row per version: its status queries (when, the texts in
-- fi, sv and en, the answers and what each means) as structured JSON, rendered in the
-- reader's language when shown or sent. A change writes the next version; messages keep
-- the version they were sent with.
CREATE TABLE coach.matrix_version (
  school_id uuid NOT NULL,
  version int NOT NULL CHECK (version > 0),
  queries jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL,
  PRIMARY KEY (school_id, version)
);
