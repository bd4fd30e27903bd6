/**
 * A one-line progress bar on a terminal's stderr, for large batches. Silent when stderr is
 * not a terminal (pipes, CI, `--json` scripts) or the batch is small.
 */
export function progressBar(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  minTotal = 20,
): { update(done: number, total: number): void; finish(): void } {
  let drawn = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      if (!stderr.isTTY || total < minTotal) return;
      const now = Date.now();
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) stderr.write('\n');
    },
  };
}
