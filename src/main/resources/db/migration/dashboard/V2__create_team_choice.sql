-- The growth team a member of several teams works in now: chosen by the member, never
-- guessed (the dashboard asks when the member belongs to more than one).
CREATE TABLE dashboard.team_choice (
  person_id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL,
  chosen_at timestamptz NOT NULL DEFAULT now()
);
