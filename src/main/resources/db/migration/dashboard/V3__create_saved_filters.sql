-- A growth-team member's own saved filters of the company list: a name and the list's
-- query string, rebuilt by the application from filters it accepted. Only its owner sees
-- a saved filter.
CREATE TABLE dashboard.saved_filter (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL,
  name varchar(100) NOT NULL,
  query varchar(1000) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX saved_filter_name ON dashboard.saved_filter (person_id, lower(name));
