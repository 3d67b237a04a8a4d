-- People who already act in a professional role are shown to colleagues by the name on
-- record from now on, as new staff are when they take the role (WorkNames); each look
-- at the record is logged for the person to see.
WITH staff AS (
  SELECT DISTINCT m.person_id FROM organisation.membership m WHERE m.role <> 'EMPLOYEE'
), named AS (
  UPDATE identity.person p
  SET work_name = left(trim(concat_ws(' ', d.given_name, d.family_name)), 120)
  FROM identity.personal_data d, staff s
  WHERE d.person_id = p.id AND s.person_id = p.id AND p.work_name IS NULL
    AND trim(concat_ws(' ', d.given_name, d.family_name)) <> ''
  RETURNING p.id
)
INSERT INTO identity.access_log (subject_id, actor_id, action, purpose)
SELECT id, id, 'VIEW', 'name shown in a professional role' FROM named;
