// The first retry after an error comes soon (a blip), then ever later; never more than a day apart.
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_DELAY_MS = 24 * 3_600_000;

/** When a feed is next polled: its interval after a success; after `failures` errors in a row, 5 min doubling. */
export function nextPollAt(now: Date, intervalMinutes: number, failures: number): string {
  const interval = intervalMinutes * 60_000;
  const delay =
    failures === 0
      ? interval
      : Math.min(Math.min(interval, FIRST_RETRY_MS) * 2 ** (failures - 1), MAX_DELAY_MS);
  return new Date(now.getTime() + delay).toISOString();
}
