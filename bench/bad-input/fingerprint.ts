import Database from 'better-sqlite3';

/** Row counts of an article database's tables, and whether they agree with one another. */
export interface StoreFingerprint {
  articles: number;
  bodies: number;
  versions: number;
  bands: number;
  /** Rows in the full-text index (one per article). */
  indexed: number;
  /** The full-text index's own integrity check passed. */
  ftsIntact: boolean;
  /** Articles without a body, or bodies or band keys without an article: a half-written save. */
  orphans: number;
}

/**
 * Reads the fingerprint on a connection of its own (what another process would see), so a write
 * the store has not committed, or committed only in part, shows. Nothing is written: the
 * full-text check has the form of an INSERT but only reads.
 */
export function fingerprint(path: string): StoreFingerprint {
  const db = new Database(path, { fileMustExist: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    let ftsIntact = true;
    try {
      db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    } catch {
      ftsIntact = false;
    }
    return {
      articles: count('SELECT count(*) AS n FROM articles'),
      bodies: count('SELECT count(*) AS n FROM article_bodies'),
      versions: count('SELECT count(*) AS n FROM article_versions'),
      bands:
        count('SELECT count(*) AS n FROM article_bands') +
        count('SELECT count(*) AS n FROM article_bands_recent'),
      indexed: count('SELECT count(*) AS n FROM articles_fts'),
      ftsIntact,
      orphans:
        count(
          'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_bodies b WHERE b.seq = a.seq)',
        ) +
        count(
          'SELECT count(*) AS n FROM article_bodies b WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = b.seq)',
        ),
    };
  } finally {
    db.close();
  }
}

/**
 * What changed between two fingerprints: "none", "+1 article (complete)", or the inconsistency
 * (a partial write) — with `partial` set when the store is not whole.
 */
export function compareFingerprints(
  before: StoreFingerprint,
  after: StoreFingerprint,
): { writes: string; added: number; partial: boolean } {
  const added = after.articles - before.articles;
  const partial =
    !after.ftsIntact ||
    after.orphans > 0 ||
    after.indexed !== after.articles ||
    after.bodies - before.bodies !== added ||
    (added === 0 && (after.versions !== before.versions || after.bands !== before.bands));
  if (partial)
    return {
      added,
      partial,
      writes: `PARTIAL: articles ${before.articles}→${after.articles}, bodies ${before.bodies}→${after.bodies}, versions ${before.versions}→${after.versions}, bands ${before.bands}→${after.bands}, indexed ${after.indexed}, orphans ${after.orphans}, full-text index ${after.ftsIntact ? 'intact' : 'damaged'}`,
    };
  if (added === 0) return { added, partial, writes: 'none' };
  return { added, partial, writes: `+${added} article${added === 1 ? '' : 's'} (complete)` };
}
