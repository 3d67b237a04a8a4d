-- The AI register's switches: an automated feature switched off disappears from the user
-- interface and its API answers 403. Features without a row are on.
CREATE TABLE matching.feature_switch (
  feature varchar(40) PRIMARY KEY,
  enabled boolean NOT NULL,
  changed_by uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
