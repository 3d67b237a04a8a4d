-- What a talent tells the growth team when opting in, so that the team can browse without
-- a keyword: their situation, the municipality where they look for work and the kind of
-- work they look for (an ESCO occupation). All optional; none of it identifies them.
ALTER TABLE competence.city_visibility
  ADD COLUMN situation varchar(16) CHECK (situation IN ('JOB_SEEKER', 'OPEN_TO_OFFERS', 'STUDENT')),
  ADD COLUMN municipality char(3),
  ADD COLUMN occupation_uri varchar(255);
CREATE INDEX city_visibility_browse ON competence.city_visibility (city_id, granted_at DESC);
