import { describe, expect, it } from 'vitest';
import { badInputMarkdown, runBadInputTable } from '../../bench/bad-input/table.js';
import { scaled } from '../helpers/time-scale.js';

describe('bad input', () => {
  it(
    'every hostile input ends in a short line or a safe rendering, with no partial write and no stack trace',
    async () => {
      const rows = await runBadInputTable();
      // The table covers every class the issues name.
      expect(new Set(rows.map((r) => r.group))).toEqual(
        new Set(['file', 'HTML', 'feed', 'JSON', 'URL (SSRF)', 'search', 'option', 'article text']),
      );
      const failing = rows.filter((r) => r.problems.length > 0);
      expect(failing, badInputMarkdown(failing)).toEqual([]);
    },
    scaled(120_000),
  );
});
