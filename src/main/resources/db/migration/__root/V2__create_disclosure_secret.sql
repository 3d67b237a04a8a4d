-- The secret behind the record keys of statistical disclosure control (DisclosureControl):
-- made once by the application, never shown.
CREATE TABLE platform.disclosure_secret (
  id int PRIMARY KEY CHECK (id = 1),
  secret bytea NOT NULL CHECK (length(secret) = 32)
);
