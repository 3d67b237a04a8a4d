-- Logos used to be kept as they were uploaded, whatever their bytes. Since uploads are
-- decoded and kept as PNG (LogoImage), a stored logo that does not even begin as a PNG or
-- a JPEG is removed (its administrators upload it again), and the rest are served with
-- the media type their bytes show.
UPDATE organisation.organisation
SET logo = NULL, logo_content_type = NULL, version = version + 1
WHERE logo IS NOT NULL
  AND substring(logo FROM 1 FOR 8) <> '\x89504e470d0a1a0a'::bytea
  AND substring(logo FROM 1 FOR 3) <> '\xffd8ff'::bytea;

UPDATE organisation.organisation
SET logo_content_type = CASE WHEN substring(logo FROM 1 FOR 3) = '\xffd8ff'::bytea THEN 'image/jpeg' ELSE 'image/png' END
WHERE logo IS NOT NULL;
