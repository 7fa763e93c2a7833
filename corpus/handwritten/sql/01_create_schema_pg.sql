-- 0001_initial.sql
BEGIN;

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         citext NOT NULL UNIQUE,
    display_name  text   NOT NULL CHECK (length(display_name) BETWEEN 2 AND 60),
    password_hash text   NOT NULL,
    role          text   NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'editor', 'admin')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz
);

CREATE TABLE recipes (
    id           bigserial PRIMARY KEY,
    author_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slug         text NOT NULL UNIQUE,
    title        text NOT NULL,
    summary      text,
    servings     smallint CHECK (servings > 0),
    prep_minutes integer  CHECK (prep_minutes >= 0),
    cook_minutes integer  CHECK (cook_minutes >= 0),
    published    boolean  NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ingredients (
    id   serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE recipe_ingredients (
    recipe_id     bigint  NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    ingredient_id integer NOT NULL REFERENCES ingredients (id),
    quantity      numeric(8, 2),
    unit          text,
    note          text,
    position      smallint NOT NULL,
    PRIMARY KEY (recipe_id, ingredient_id)
);

CREATE TABLE tags (
    id   serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE recipe_tags (
    recipe_id bigint  REFERENCES recipes (id) ON DELETE CASCADE,
    tag_id    integer REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (recipe_id, tag_id)
);

CREATE INDEX recipes_author_idx ON recipes (author_id);
CREATE INDEX recipes_published_idx ON recipes (created_at DESC) WHERE published;

CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER recipes_touch
    BEFORE UPDATE ON recipes
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE ratings (
    recipe_id  bigint   NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    user_id    uuid     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stars      smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (recipe_id, user_id)
);

CREATE TABLE comments (
    id         bigserial PRIMARY KEY,
    recipe_id  bigint NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    user_id    uuid   REFERENCES users (id) ON DELETE SET NULL,
    parent_id  bigint REFERENCES comments (id) ON DELETE CASCADE,
    body       text   NOT NULL CHECK (length(body) <= 4000),
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE INDEX comments_recipe_idx ON comments (recipe_id, created_at);

CREATE TABLE favourites (
    user_id   uuid   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    recipe_id bigint NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    added_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, recipe_id)
);

-- full-text search over title and summary
ALTER TABLE recipes
    ADD COLUMN search tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'B')
    ) STORED;

CREATE INDEX recipes_search_idx ON recipes USING gin (search);

CREATE VIEW recipe_scores AS
SELECT r.id,
       r.slug,
       r.title,
       count(rt.stars)               AS votes,
       round(avg(rt.stars), 2)       AS avg_stars,
       count(DISTINCT f.user_id)     AS favourites
FROM recipes r
LEFT JOIN ratings rt   ON rt.recipe_id = r.id
LEFT JOIN favourites f ON f.recipe_id = r.id
WHERE r.published
GROUP BY r.id;

COMMIT;
