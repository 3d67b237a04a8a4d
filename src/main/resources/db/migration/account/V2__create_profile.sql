-- A person's work profile: what they do now, used to prefill their competence mapping.
CREATE TABLE account.profile (
  person_id uuid PRIMARY KEY,
  job_title varchar(200),
  occupation_uri varchar(255),
  updated_at timestamptz NOT NULL DEFAULT now()
);
