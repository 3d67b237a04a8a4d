-- A grant ends when its holder leaves the organisation: ended_on says when, and the grant
-- stays listed for its holder (who may remove it) instead of silently disappearing.
ALTER TABLE competence.grant ADD COLUMN ended_on date;

-- Grants made to an organisation the person no longer belongs to end now.
UPDATE competence.grant g SET ended_on = current_date
WHERE g.ended_on IS NULL AND NOT EXISTS (
  SELECT 1 FROM organisation.membership m
  WHERE m.person_id = g.person_id AND m.organisation_id = g.organisation_id);
