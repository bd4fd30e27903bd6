import type { Statements } from './writer-statements.js';

/**
 * Where the writer sends full-text index changes. FTS5 writes its pending terms out as a new index
 * segment at every SAVEPOINT once the table is part of the transaction, so a batch that gives each
 * article its own savepoint would write one segment per article (and merge them all again).
 * A batch therefore holds the index changes and applies them once, after the last savepoint.
 */
export interface FtsWrites {
  insert(seq: number, title: string, text: string): void;
  delete(seq: number): void;
}

/** Changes applied at once (single saves and removals, which run in one plain transaction). */
export function directFts(s: Statements): FtsWrites {
  return {
    insert: (seq, title, text) => void s.insertFts.run(seq, title, text),
    delete: (seq) => void s.deleteFts.run(seq),
  };
}

type Op = { kind: 'insert'; seq: number; title: string; text: string } | { kind: 'delete'; seq: number };

/**
 * The index changes of one batch. Each article records into its own list, which joins the batch
 * only when the article's savepoint succeeded; `flush` then applies them inside the batch's
 * transaction, so a crash still leaves either the whole batch or nothing.
 */
export class FtsBatch {
  // Rows to index at flush, by seq: an article saved twice in the batch is indexed once, as last saved.
  private readonly inserts = new Map<number, { title: string; text: string }>();
  // Rows indexed before the batch whose old terms must go.
  private readonly deletes = new Set<number>();

  /** A recorder for one article's changes; `keep` adds them to the batch. */
  item(): { writes: FtsWrites; keep(): void } {
    const ops: Op[] = [];
    return {
      writes: {
        insert: (seq, title, text) => void ops.push({ kind: 'insert', seq, title, text }),
        delete: (seq) => void ops.push({ kind: 'delete', seq }),
      },
      keep: () => {
        for (const op of ops) {
          if (op.kind === 'insert') this.inserts.set(op.seq, { title: op.title, text: op.text });
          // Not yet in the index (inserted earlier in this batch): dropping the pending insert is enough.
          else if (!this.inserts.delete(op.seq)) this.deletes.add(op.seq);
        }
      },
    };
  }

  /** Applies the kept changes; call inside the batch's transaction, after the last savepoint. */
  flush(s: Statements): void {
    for (const seq of this.deletes) s.deleteFts.run(seq);
    for (const [seq, row] of this.inserts) s.insertFts.run(seq, row.title, row.text);
    this.deletes.clear();
    this.inserts.clear();
  }
}
