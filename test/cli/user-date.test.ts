import { describe, it, expect } from 'vitest';
import { parseUserDate } from '../../src/dates/user-date.js';

const now = new Date('2026-11-22T10:00:00Z');

describe('reading dates users type', () => {
  it('accepts YYYY-MM-DD as is', () => {
    expect(parseUserDate('2023-07-01', { now })).toBe('2023-07-01');
  });

  it('rejects an impossible calendar day', () => {
    expect(() => parseUserDate('2023-02-30', { now })).toThrow(/not a real date/);
  });

  it('reads "last week" as the seven days before today', () => {
    expect(parseUserDate('last week', { now, bound: 'start' })).toBe('2026-11-15');
    expect(parseUserDate('last week', { now, bound: 'end' })).toBe('2026-11-22');
  });

  it('reads "yesterday" relative to now', () => {
    expect(parseUserDate('yesterday', { now })).toBe('2026-11-21');
  });

  it('reads a month as its first day for a start and its last day for an end', () => {
    expect(parseUserDate('July 2023', { now, bound: 'start' })).toBe('2023-07-01');
    expect(parseUserDate('February 2024', { now, bound: 'end' })).toBe('2024-02-29');
  });

  it('reads a bare year as a whole year', () => {
    expect(parseUserDate('2016', { now, bound: 'start' })).toBe('2016-01-01');
    expect(parseUserDate('2016', { now, bound: 'end' })).toBe('2016-12-31');
  });

  it('reads "yesterday" in the user\'s time zone, not UTC', () => {
    // 12:00 UTC on the 22nd is already 01:00 on the 23rd in Auckland (UTC+13 in November).
    const noon = new Date('2026-11-22T12:00:00Z');
    expect(parseUserDate('yesterday', { now: noon, timeZone: 'Pacific/Auckland' })).toBe('2026-11-22');
    expect(parseUserDate('yesterday', { now: noon })).toBe('2026-11-21');
  });

  it('names the option in the error for unreadable text', () => {
    expect(() => parseUserDate('whenever', { now, label: 'since' })).toThrow(
      /^since: could not read "whenever"/,
    );
  });

  it('rejects an unknown time zone clearly', () => {
    expect(() => parseUserDate('yesterday', { now, timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
  });
});
