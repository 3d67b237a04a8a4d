-- The name a person gives for their professional roles (HR, growth team, instructor...),
-- shown to colleagues and counterparts in place of the pseudonym, which protects people
-- only as subjects of data. Empty until they act in such a role.
ALTER TABLE identity.person ADD COLUMN work_name varchar(120);
