-- A suggestion keeps what its explanation says as numbers (how many required skills the
-- employee meets, of how many), so that HR and the employee each read it in their own
-- language and voice. Older suggestions keep the sentence they were made with.
ALTER TABLE matching.suggestion
  ADD COLUMN matched smallint,
  ADD COLUMN required smallint,
  ALTER COLUMN summary DROP NOT NULL;
