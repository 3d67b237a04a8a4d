-- The company's size class as the team knows it (the trade register does not give one):
-- the EU's SME classes by head count.
ALTER TABLE companies.account ADD COLUMN size_class varchar(6)
  CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE'));
CREATE INDEX account_size_class ON companies.account (team_id, size_class) WHERE size_class IS NOT NULL;
