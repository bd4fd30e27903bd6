import type { Database } from 'better-sqlite3';

// Near-duplicate candidates compared per save; band collisions beyond this are noise.
const MAX_CANDIDATES = 25;

/** The statements ArticleWriter runs, prepared once per database connection. */
export function prepareStatements(db: Database) {
  const p = (sql: string) => db.prepare(sql);
  const existing = `seq, id, external_id, url, canonical_url, title, outlet, byline, published_at,
    published_at_source, language, content_hash, duplicate_of FROM articles`;
  return {
    byId: p(`SELECT ${existing} WHERE id = ?`),
    byExternal: p(`SELECT ${existing} WHERE scope = ? AND external_id = ?`),
    // Index hints and CROSS JOIN pin the plans: without statistics the planner would rather
    // walk every article of the scope and probe each one, which grows with the archive.
    sameHash:
      p(`SELECT seq, id FROM articles INDEXED BY articles_hash WHERE content_hash = ? AND duplicate_of IS NULL
      AND scope IN (?, ?) AND seq != ? ORDER BY seq LIMIT 1`),
    // Both band tables (see migration 7); UNION also makes the candidates distinct, oldest first.
    bandCandidates: p(`SELECT a.seq AS seq, a.id AS id, b.text AS text
      FROM (SELECT seq FROM article_bands WHERE band_key IN (SELECT value FROM json_each(:bands))
            UNION SELECT seq FROM article_bands_recent WHERE band_key IN (SELECT value FROM json_each(:bands))) AS c
      CROSS JOIN articles a ON a.seq = c.seq CROSS JOIN article_bodies b ON b.seq = a.seq
      WHERE a.duplicate_of IS NULL AND a.scope IN (:s1, :s2) AND a.seq != :except LIMIT ${MAX_CANDIDATES}`),
    insert: p(`INSERT INTO articles (id, external_id, url, canonical_url, title, outlet, byline, published_at,
      published_at_source, ingested_at, sort_day, language, content_hash, scope, duplicate_of, is_example)
      VALUES (@id, @externalId, @url, @canonicalUrl, @title, @outlet, @byline, @publishedAt,
      @publishedAtSource, @ingestedAt, @sortDay, @language, @contentHash, @scope, @duplicateOf, @isExample)`),
    update: p(`UPDATE articles SET external_id = @externalId, url = @url, canonical_url = @canonicalUrl,
      title = @title, outlet = @outlet, byline = @byline, published_at = @publishedAt,
      published_at_source = @publishedAtSource, sort_day = @sortDay, language = @language,
      content_hash = @contentHash, duplicate_of = @duplicateOf, is_example = @isExample WHERE seq = @seq`),
    ingestedAt: p('SELECT ingested_at AS v FROM articles WHERE seq = ?'),
    keepVersion: p(`INSERT INTO article_versions (seq, version, title, text, content_hash, replaced_at)
      SELECT a.seq, (SELECT count(*) + 1 FROM article_versions v WHERE v.seq = a.seq), a.title, b.text,
      a.content_hash, ? FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq = ?`),
    externalTaken: p('SELECT 1 FROM articles WHERE scope = ? AND external_id = ? AND seq != ?'),
    insertBody: p(
      `INSERT OR REPLACE INTO article_bodies (seq, text, raw_kind, raw_source, raw_content) VALUES (?, ?, ?, ?, ?)`,
    ),
    insertFts: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    deleteFts: p('DELETE FROM articles_fts WHERE rowid = ?'),
    insertBand: p('INSERT OR IGNORE INTO article_bands_recent (band_key, seq) VALUES (?, ?)'),
    deleteBands: p('DELETE FROM article_bands WHERE seq = ?'),
    deleteRecentBands: p('DELETE FROM article_bands_recent WHERE seq = ?'),
    recentBands: p('SELECT count(*) FROM article_bands_recent').pluck(),
    // In key order, so each page of the large table is written once per merge.
    mergeBands: p(
      'INSERT OR IGNORE INTO article_bands (band_key, seq) SELECT band_key, seq FROM article_bands_recent ORDER BY band_key, seq',
    ),
    clearRecentBands: p('DELETE FROM article_bands_recent'),
    bump: p("UPDATE store_meta SET value = value + 1 WHERE key = 'version'"),
    duplicatesOf:
      p(`SELECT a.seq AS seq, a.scope AS scope, a.content_hash AS hash, b.text AS text FROM articles a
      JOIN article_bodies b ON b.seq = a.seq WHERE a.duplicate_of = ? ORDER BY a.seq`),
    setDuplicateOf: p('UPDATE articles SET duplicate_of = ? WHERE seq = ?'),
    deleteArticle: p('DELETE FROM articles WHERE seq = ?'),
    idOf: p('SELECT id FROM articles WHERE seq = ?'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
