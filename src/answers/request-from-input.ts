import { parseUserDateRange } from '../dates/user-date.js';
import { UserError } from '../errors.js';
import type { AnswerKind, AnswerRequest } from './answer.js';

/** An answer command's options as a user typed them, on any surface (CLI, console, Discord). */
export interface AnswerInput {
  kind: AnswerKind;
  query: string;
  /** Pinned articles (ids or external ids), answered in full. */
  articles?: readonly string[] | undefined;
  /** `YYYY-MM-DD` or a phrase such as "last week", read in `timeZone`. */
  since?: string | undefined;
  until?: string | undefined;
  outlet?: string | undefined;
  speaker?: string | undefined;
  story?: string | undefined;
  /** The server whose articles (with the global ones) the answer may use. */
  guild?: string | undefined;
}

export interface AnswerInputContext {
  now: Date;
  /** The user's IANA time zone (a server's digest setting; UTC on the command line). */
  timeZone?: string | undefined;
}

/**
 * Turns typed options into an AnswerRequest: values trimmed and empty ones left out, dates read
 * as the user meant them, and the request checked for something to answer (a UserError otherwise).
 */
export function answerRequestFrom(input: AnswerInput, ctx: AnswerInputContext): AnswerRequest {
  const query = input.query.trim();
  const articles = (input.articles ?? []).map((a) => a.trim()).filter(Boolean);
  const story = input.story?.trim();
  const speaker = input.speaker?.trim();
  // A speaker alone asks for their record: everything stored that they said.
  const record = input.kind === 'quotes' && !!speaker;
  if (!query && articles.length === 0 && !story && !record)
    throw new UserError('Ask about something: give a query, an article or a story.');
  const dates = parseUserDateRange(input, ctx);
  const outlet = input.outlet?.trim();
  return {
    kind: input.kind,
    query,
    ...(articles.length ? { articles } : {}),
    ...dates,
    ...(outlet ? { outlet } : {}),
    ...(speaker ? { speaker } : {}),
    ...(story ? { story } : {}),
    ...(input.guild ? { guild: input.guild } : {}),
  };
}
