import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDatedEvents } from '../../src/answers/timeline/index.js';

const TEXT = [
  'In July, both delegations travelled to the capital.',
  'Officials met earlier this summer and again last month.',
  'The committee voted on Tuesday and will meet again on Friday.',
  'A summit is planned later this month, and the treaty takes effect in January.',
  'Markets fell yesterday, a day after the index rose.',
].join(' ');

function run(publishedAt: string | null): string {
  return JSON.stringify(extractDatedEvents({ text: TEXT, publishedAt }));
}

describe('extraction never depends on the clock or the machine time zone', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives identical output under different system dates', () => {
    const outputs = new Set<string>();
    for (const now of ['2001-01-01T00:00:00Z', '2023-09-05T12:00:00Z', '2031-12-31T23:59:59Z']) {
      vi.useFakeTimers({ now: new Date(now) });
      outputs.add(run('2023-09-05') + run(null));
      vi.useRealTimers();
    }
    expect(outputs.size).toBe(1);
  });

  it('gives identical output under different time zones', () => {
    const saved = process.env.TZ;
    const outputs = new Set<string>();
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Kolkata']) {
        process.env.TZ = tz;
        outputs.add(run('2023-09-05') + run(null));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(outputs.size).toBe(1);
  });

  it('resolves against the publication day, so a later publication moves relative dates', () => {
    const dates = (p: string) =>
      extractDatedEvents({ text: 'The bill passed last month.', publishedAt: p }).map((e) => e.date);
    expect(dates('2023-09-05')).toEqual(['2023-08']);
    expect(dates('2024-01-15T22:00:00-05:00')).toEqual(['2023-12']);
  });
});
