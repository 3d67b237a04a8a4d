-- A company's competence overview is released once a month, its counts randomly rounded to
-- multiples of five (DisclosureControl), and stays as released for the month.
CREATE TABLE competence.overview_release (
  organisation_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  people int NOT NULL CHECK (people % 5 = 0),
  enough boolean NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, month)
);

CREATE TABLE competence.overview_release_row (
  organisation_id uuid NOT NULL,
  month date NOT NULL,
  skill_uri varchar(300) NOT NULL,
  total int NOT NULL CHECK (total > 0 AND total % 5 = 0),
  levels int[] NOT NULL CHECK (array_length(levels, 1) = 5),
  PRIMARY KEY (organisation_id, month, skill_uri),
  FOREIGN KEY (organisation_id, month) REFERENCES competence.overview_release ON DELETE CASCADE
);
