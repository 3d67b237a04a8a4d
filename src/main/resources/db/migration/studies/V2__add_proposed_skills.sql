-- Skills that skill extraction proposed from an imported study's description: kept hidden
-- until a person confirms them, when they become local corrections.
ALTER TABLE studies.skill DROP CONSTRAINT skill_origin_check;
ALTER TABLE studies.skill ALTER COLUMN origin TYPE varchar(8);
ALTER TABLE studies.skill ADD CONSTRAINT skill_origin_check CHECK (origin IN ('SOURCE', 'LOCAL', 'PROPOSED'));
ALTER TABLE studies.study ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
