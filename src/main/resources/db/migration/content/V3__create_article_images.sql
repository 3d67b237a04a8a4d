-- Images uploaded with an article by its editor: a PNG of Osaamo's own encoding (whatever
-- PNG or JPEG was uploaded), with the alt text the editor gave. The article's Markdown
-- shows one as ![alt text](image:NAME); readers get it only if they may read the article.
CREATE TABLE content.article_image (
  article_id uuid NOT NULL REFERENCES content.article ON DELETE CASCADE,
  name varchar(60) NOT NULL CHECK (name ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  alt_text varchar(250) NOT NULL CHECK (btrim(alt_text) <> ''),
  width int NOT NULL CHECK (width > 0),
  height int NOT NULL CHECK (height > 0),
  png bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, name)
);
