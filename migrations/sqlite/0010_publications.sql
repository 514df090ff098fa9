-- What the Innsatsgruppe publishes: "what we heard" from one overview view, with
-- the figures of that view as they were when it was published (so the public page
-- and the API never change under a reader, and never read the texts), and later
-- "what we did" updates. title, heard, body: JSON {"nb": "...", ...}; query: the
-- overview filters as an address query; described: JSON {"nb": ["Fylke: Oslo"], ...};
-- figures: JSON, counts from fewer than the public k young people already hidden.
CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    heard TEXT NOT NULL,
    query TEXT NOT NULL,
    described TEXT NOT NULL,
    figures TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    published_by INTEGER REFERENCES staff(id),
    withdrawn_at INTEGER
);

CREATE TABLE publication_updates (
    id INTEGER PRIMARY KEY,
    publication_id INTEGER NOT NULL REFERENCES publications(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES staff(id)
);
CREATE INDEX publication_updates_publication ON publication_updates (publication_id);
