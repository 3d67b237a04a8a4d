-- A generated region for load tests: 20,000 registered companies (2,000 of them using
-- Osaamo), 100,000 people whose skills come from ESCO occupations, 50,000 job tasks and
-- 10,000 studies. Run once, as the database owner, by fi.osaamo.load.LoadRegion; :city is
-- the demo city's id. random() is seeded, so a rerun on an empty database gives the same
-- region.
SELECT setseed(0.2026);

-- Occupations with enough essential skills to draw people, jobs and studies from.
CREATE TEMP TABLE gen_occupation AS
SELECT row_number() OVER (ORDER BY o.id) AS n, o.id, o.uri,
       (SELECT l.text FROM taxonomy.label l WHERE l.concept_id = o.id AND l.language = 'fi' AND l.preferred LIMIT 1) AS title,
       array(SELECT c.uri FROM taxonomy.occupation_skill os JOIN taxonomy.concept c ON c.id = os.skill_id
             WHERE os.occupation_id = o.id AND os.essential ORDER BY c.uri) AS essentials
FROM taxonomy.concept o
WHERE o.kind = 'OCCUPATION'
  AND (SELECT count(*) FROM taxonomy.occupation_skill os WHERE os.occupation_id = o.id AND os.essential) >= 8;
DELETE FROM gen_occupation WHERE title IS NULL;
CREATE TEMP TABLE gen_occupation_n AS SELECT row_number() OVER (ORDER BY n) AS n, id, uri, title, essentials FROM gen_occupation;
CREATE TEMP TABLE gen_skill AS
SELECT row_number() OVER (ORDER BY uri) AS n, uri FROM taxonomy.concept WHERE kind IN ('SKILL', 'KNOWLEDGE');
CREATE UNIQUE INDEX ON gen_skill (n);

-- Companies: valid business IDs (check digit per the Finnish rules), six municipalities,
-- real TOL 2008 divisions, about 8 % ended.
CREATE TEMP TABLE gen_company AS
WITH candidates AS (
  SELECT lpad((4000000 + g * 37)::text, 7, '0') AS d FROM generate_series(1, 30000) g
), checked AS (
  SELECT d, (7 * substr(d, 1, 1)::int + 9 * substr(d, 2, 1)::int + 10 * substr(d, 3, 1)::int
           + 5 * substr(d, 4, 1)::int + 8 * substr(d, 5, 1)::int + 4 * substr(d, 6, 1)::int
           + 2 * substr(d, 7, 1)::int) % 11 AS r
  FROM candidates
)
SELECT row_number() OVER (ORDER BY d) AS n, d || '-' || CASE WHEN r = 0 THEN 0 ELSE 11 - r END AS business_id
FROM checked WHERE r <> 1 ORDER BY d LIMIT 20000;

INSERT INTO opendata.company (business_id, name, company_form, industry_code, municipality_code, street_address,
                              post_code, post_office, registration_date, end_date, status)
SELECT c.business_id,
       (ARRAY['Konepaja', 'Rakennus', 'Kuljetus', 'Logistiikka', 'Sähkö', 'Putki', 'Metalli', 'Puu', 'Ohjelmisto',
              'Data', 'Hoiva', 'Siivous', 'Ravintola', 'Leipomo', 'Kauppa', 'Tilitoimisto', 'Insinööritoimisto',
              'Automaatio', 'Muovi', 'Paino'])[1 + (c.n * 7) % 20] || ' ' ||
       (ARRAY['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen',
              'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen',
              'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila',
              'Savolainen', 'Lahtinen', 'Ahonen', 'Norr', 'Lindholm', 'Berg', 'Sund', 'Nyström'])[1 + (c.n * 13) % 35] ||
       ' ' || (ARRAY['Oy', 'Oy', 'Ab', 'Oy Ab', 'Ky', 'Tmi'])[1 + c.n % 6],
       (ARRAY['OY', 'OY', 'OY', 'OY', 'KY', 'TMI'])[1 + c.n % 6],
       (ARRAY['01', '10', '16', '22', '25', '28', '33', '41', '43', '45', '46', '47', '49', '52', '56', '62', '63',
              '69', '70', '71', '73', '74', '78', '81', '82', '85', '86', '87', '88', '96'])[1 + floor(random() * 30)::int]
         || lpad(floor(random() * 1000)::int::text, 3, '0'),
       (ARRAY['092', '091', '049', '245', '858', '186'])[1 + floor(random() * 6)::int],
       (ARRAY['Teollisuuskatu', 'Asematie', 'Kauppakatu', 'Konetie', 'Valimotie', 'Rantatie'])[1 + c.n % 6] || ' '
         || (1 + c.n % 80),
       lpad((c.n % 1000)::text, 5, '0'), 'VANTAA',
       date '1985-01-01' + floor(random() * 14000)::int,
       CASE WHEN random() < 0.08 THEN date '2015-01-01' + floor(random() * 3900)::int END,
       NULL
FROM gen_company c
ON CONFLICT (business_id) DO NOTHING;

-- The first 2,000 companies use Osaamo.
CREATE TEMP TABLE gen_org AS
SELECT row_number() OVER (ORDER BY c.n) AS n, md5('load-organisation-' || c.n)::uuid AS id, c.business_id,
       oc.name, oc.municipality_code, oc.industry_code
FROM gen_company c JOIN opendata.company oc ON oc.business_id = c.business_id
WHERE c.n <= 2000 AND oc.end_date IS NULL
  AND NOT EXISTS (SELECT 1 FROM organisation.organisation o WHERE o.business_id = c.business_id);
INSERT INTO organisation.organisation (id, type, name, business_id, municipality_code, industry_code)
SELECT id, 'COMPANY', name, business_id, municipality_code, substr(industry_code, 1, 2) FROM gen_org;

-- People: one in six a job seeker, the rest employed (the first companies being the
-- larger ones); 60 % of the seekers and 15 % of the employees visible to the city.
CREATE TEMP TABLE gen_person AS
SELECT g AS n, md5('load-person-' || g)::uuid AS id,
       1 + floor(random() * (SELECT count(*) FROM gen_occupation_n))::int AS occupation,
       CASE WHEN random() < 1.0 / 6 THEN NULL
            ELSE 1 + least((SELECT count(*) FROM gen_org) - 1, floor(abs(random() - random()) * (SELECT count(*) FROM gen_org) * 0.6))::int
       END AS org,
       random() AS visibility,
       random() AS sharing
FROM generate_series(1, 100000) g;

INSERT INTO identity.person (id, pseudonym)
SELECT p.id, (ARRAY['Ilves', 'Kettu', 'Karhu', 'Susi', 'Hirvi', 'Orava', 'Jänis', 'Saukko', 'Majava', 'Näätä',
                    'Kärppä', 'Siili', 'Joutsen', 'Kurki', 'Haukka', 'Pöllö', 'Tikka', 'Peippo', 'Sirri', 'Kuikka',
                    'Lohi', 'Taimen', 'Hauki', 'Ahven', 'Kuha', 'Siika', 'Mänty', 'Kuusi', 'Koivu', 'Haapa', 'Pihlaja',
                    'Vaahtera', 'Tammi', 'Leppä', 'Kataja', 'Kanerva', 'Mustikka', 'Puolukka', 'Lakka', 'Kielo',
                    'Vuokko', 'Kaisla', 'Sammal', 'Jäkälä', 'Virta', 'Koski', 'Lampi', 'Salmi', 'Niemi', 'Saari',
                    'Harju', 'Kallio', 'Tunturi', 'Revontuli', 'Kuura', 'Usva', 'Tuuli', 'Aalto', 'Kaste', 'Routa'])[1 + p.n % 60]
       || '-' || (10000 + p.n / 60)
FROM gen_person p
ON CONFLICT DO NOTHING;
DELETE FROM gen_person p WHERE NOT EXISTS (SELECT 1 FROM identity.person i WHERE i.id = p.id);

INSERT INTO organisation.membership (organisation_id, person_id, role)
SELECT o.id, p.id, 'EMPLOYEE' FROM gen_person p JOIN gen_org o ON o.n = p.org;

INSERT INTO competence.mapping (person_id, started_at, updated_at)
SELECT id, now() - (n % 700) * interval '1 day', now() - (n % 90) * interval '1 day' FROM gen_person;

-- About 60 % of an occupation's essential skills, levels 1–5, and two to four others.
INSERT INTO competence.skill (person_id, skill_uri, level, provenance, strength)
SELECT p.id, e.uri, 1 + floor(random() * 5)::int, (ARRAY['WORK', 'WORK', 'EDUCATION', 'OTHER'])[1 + floor(random() * 4)::int],
       random() < 0.1
FROM gen_person p JOIN gen_occupation_n o ON o.n = p.occupation CROSS JOIN LATERAL unnest(o.essentials) AS e(uri)
WHERE random() < 0.6;
INSERT INTO competence.skill (person_id, skill_uri, level, provenance)
SELECT r.id, s.uri, 1 + floor(random() * 5)::int, 'OTHER'
FROM (SELECT p.id, 1 + floor(random() * (SELECT count(*) FROM gen_skill))::int AS pick
      FROM gen_person p CROSS JOIN LATERAL generate_series(1, 2 + (p.n % 3)) k) r
JOIN gen_skill s ON s.n = r.pick
ON CONFLICT DO NOTHING;
INSERT INTO competence.target (person_id, skill_uri, target_level)
SELECT p.id, o.essentials[1 + (p.n % array_length(o.essentials, 1))], 4
FROM gen_person p JOIN gen_occupation_n o ON o.n = p.occupation WHERE p.n % 3 = 0
ON CONFLICT DO NOTHING;
INSERT INTO competence.education (id, person_id, title, institution, completed_year)
SELECT md5('load-education-' || p.n)::uuid, p.id, o.title, 'Rantalan ammattiopisto', 1985 + p.n % 40
FROM gen_person p JOIN gen_occupation_n o ON o.n = p.occupation WHERE p.n % 2 = 0;

-- Sharing: 70 % of the employees share skills and strengths with their employer.
INSERT INTO competence.grant (person_id, organisation_id, section)
SELECT p.id, o.id, s.section FROM gen_person p JOIN gen_org o ON o.n = p.org
CROSS JOIN (VALUES ('SKILLS'), ('STRENGTHS')) AS s(section)
WHERE p.sharing < 0.7;
INSERT INTO competence.city_visibility (person_id, city_id, sections)
SELECT id, :city, 'EDUCATION,SKILLS,STRENGTHS,TARGETS' FROM gen_person
WHERE (org IS NULL AND visibility < 0.6) OR (org IS NOT NULL AND visibility < 0.15);

-- Job tasks: 25 per company using Osaamo, 80 % open; up to eight of the occupation's
-- essential skills, the first three a must.
CREATE TEMP TABLE gen_job AS
SELECT g AS n, md5('load-job-' || g)::uuid AS id, 1 + (g % (SELECT count(*) FROM gen_org))::int AS org,
       1 + floor(random() * (SELECT count(*) FROM gen_occupation_n))::int AS occupation, random() < 0.8 AS open
FROM generate_series(1, 50000) g;
INSERT INTO jobs.job_task (id, organisation_id, title, description, occupation_uri, location, apply_from, apply_to,
                           start_date, status, created_by, created_at, updated_at)
SELECT j.id, o.id, initcap(oc.title), 'Haemme tiimiimme osaajaa tehtävään ' || oc.title || '.', oc.uri, 'Vantaa',
       current_date - (j.n % 30), current_date + 5 + (j.n % 60), current_date + 70 + (j.n % 60),
       CASE WHEN j.open THEN 'OPEN' ELSE 'CLOSED' END, md5('load-person-1')::uuid,
       now() - (j.n % 120) * interval '1 day', now() - (j.n % 60) * interval '1 day'
FROM gen_job j JOIN gen_org o ON o.n = j.org JOIN gen_occupation_n oc ON oc.n = j.occupation;
INSERT INTO jobs.required_skill (job_id, skill_uri, min_level, importance)
SELECT j.id, e.uri, 2 + (e.k % 3), CASE WHEN e.k <= 3 THEN 'MUST' ELSE 'NICE' END
FROM gen_job j JOIN gen_occupation_n oc ON oc.n = j.occupation
CROSS JOIN LATERAL unnest(oc.essentials) WITH ORDINALITY AS e(uri, k)
WHERE e.k <= 8;

-- Studies: starting within half a year, teaching two to five skills of an occupation.
CREATE TEMP TABLE gen_study AS
SELECT g AS n, md5('load-study-' || g)::uuid AS id,
       1 + floor(random() * (SELECT count(*) FROM gen_occupation_n))::int AS occupation
FROM generate_series(1, 10000) g;
INSERT INTO studies.study (id, provider, title, description, type, language, municipality_code, online, start_date,
                           end_date, duration_hours, cost_eur, source, source_id)
SELECT s.id, (ARRAY['Rantalan ammattiopisto', 'Rantalan aikuisopisto', 'Metropolia', 'Yrkesinstitutet Prakticum',
                    'Keuda', 'Laurea'])[1 + s.n % 6],
       initcap(oc.title) || ' – ' || (ARRAY['täydennyskoulutus', 'perusteet', 'jatkokurssi', 'oppisopimus'])[1 + s.n % 4],
       'Koulutus antaa valmiuksia tehtävään ' || oc.title || '.',
       (ARRAY['DEGREE', 'MODULE', 'MODULE', 'APPRENTICESHIP', 'ONLINE'])[1 + s.n % 5],
       (ARRAY['fi', 'fi', 'fi', 'fi', 'fi', 'fi', 'fi', 'fi', 'sv', 'en'])[1 + s.n % 10],
       (ARRAY['092', '091', '049', '245', '858', '186'])[1 + s.n % 6], s.n % 5 = 4,
       current_date + (s.n % 180), current_date + (s.n % 180) + 30 + (s.n % 300), 8 + (s.n % 400),
       CASE WHEN s.n % 4 = 0 THEN 0 ELSE 50 + (s.n % 2000) END, 'LOAD', 'load-' || s.n
FROM gen_study s JOIN gen_occupation_n oc ON oc.n = s.occupation;
INSERT INTO studies.skill (study_id, skill_uri, origin)
SELECT s.id, e.uri, 'SOURCE'
FROM gen_study s JOIN gen_occupation_n oc ON oc.n = s.occupation
CROSS JOIN LATERAL unnest(oc.essentials) WITH ORDINALITY AS e(uri, k)
WHERE e.k <= 2 + (s.n % 4);
