import type { DigestSettings } from './settings.js';
import { addDays, localDate, zonedInstant } from '../dates/zone.js';

/** One scheduled posting: on local day `postDay` at the server's time, covering the day before. */
export interface DigestSlot {
  /** The local day the digest is posted on. */
  postDay: string;
  /** The day the digest covers (a whole calendar day, so nothing published late in a day is missed). */
  date: string;
  /** The instant of the posting time (DST-aware). */
  at: Date;
}

/**
 * The slots that may be due at `now`: today's and yesterday's (yesterday's covers a bot that was
 * down across midnight), oldest first, each only if it is not in the future and was scheduled
 * after the settings were made (a digest set up at 10:00 for 08:00 starts tomorrow).
 */
export function dueSlots(
  s: Pick<DigestSettings, 'time' | 'timezone' | 'updatedAt'>,
  now: Date,
): DigestSlot[] {
  const today = localDate(now, s.timezone);
  const since = Date.parse(s.updatedAt);
  const out: DigestSlot[] = [];
  for (const postDay of [addDays(today, -1), today]) {
    const at = zonedInstant(postDay, s.time, s.timezone);
    if (at.getTime() <= now.getTime() && !(at.getTime() < since))
      out.push({ postDay, date: addDays(postDay, -1), at });
  }
  return out;
}

/** The next posting instant strictly after `now` (for `/digest show`). */
export function nextSlot(s: Pick<DigestSettings, 'time' | 'timezone'>, now: Date): DigestSlot {
  const today = localDate(now, s.timezone);
  for (const postDay of [today, addDays(today, 1), addDays(today, 2)]) {
    const at = zonedInstant(postDay, s.time, s.timezone);
    if (at.getTime() > now.getTime()) return { postDay, date: addDays(postDay, -1), at };
  }
  throw new Error('no next slot');
}
