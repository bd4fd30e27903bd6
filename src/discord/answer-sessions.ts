import { randomBytes } from 'node:crypto';
import type { Answer } from '../answers/answer.js';
import type { Clock } from '../clock.js';

/** One posted answer, kept so its buttons (pages, Sources, Copy, Ask) can be served later. */
export interface AnswerSession {
  /** Random key carried in the buttons' custom ids. */
  key: string;
  answer: Answer;
  /** The server the answer was posted in: a button pressed elsewhere is foreign. */
  guildId: string | null;
  /** Who asked: only they may turn the pages of the posted message. */
  userId: string;
  /** Articles read for the answer (for the footer), when the engine reported it. */
  read: number | null;
  /** The articles a follow-up question reads in full: what this answer read, cited ones first. */
  articles: string[];
  /** Only the asker saw the answer: follow-ups stay private too. */
  ephemeral: boolean;
  /** The posted message and its channel, once known (a follow-up thread starts from it). */
  messageId: string | null;
  channelId: string | null;
  /** The thread follow-up questions on this answer are answered in, once there is one. */
  threadId: string | null;
  createdAt: number;
}

export interface AnswerSessions {
  create(session: Omit<AnswerSession, 'key' | 'createdAt'>): AnswerSession;
  /** Brings back a session under its own key (a posted answer kept in the store), fresh for the TTL. */
  restore(session: Omit<AnswerSession, 'createdAt'>): AnswerSession;
  /** The session, or undefined when it expired (age, eviction, or a restart). */
  get(key: string): AnswerSession | undefined;
}

export interface AnswerSessionOptions {
  clock: Clock;
  /** How long buttons keep working (default 24 h). */
  ttlMs?: number;
  /** Most sessions kept; the oldest go first (default 1000). */
  max?: number;
}

/** Key format used in custom ids: 10 lowercase base-32 characters. */
export const SESSION_KEY = /^[a-z2-7]{10}$/;

/** In-memory sessions with a TTL and a size cap (answers are small; a restart expires them politely). */
export function createAnswerSessions(options: AnswerSessionOptions): AnswerSessions {
  const ttl = options.ttlMs ?? 24 * 3600_000;
  const max = options.max ?? 1000;
  const sessions = new Map<string, AnswerSession>();
  const keep = (session: AnswerSession): AnswerSession => {
    sessions.delete(session.key);
    sessions.set(session.key, session);
    while (sessions.size > max) sessions.delete(sessions.keys().next().value!);
    return session;
  };
  return {
    create: (input) => keep({ ...input, key: newKey(), createdAt: options.clock.now().getTime() }),
    restore: (input) => keep({ ...input, createdAt: options.clock.now().getTime() }),
    get(key) {
      const session = sessions.get(key);
      if (!session) return undefined;
      if (options.clock.now().getTime() - session.createdAt > ttl) {
        sessions.delete(key);
        return undefined;
      }
      return session;
    },
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function newKey(): string {
  return [...randomBytes(10)].map((b) => ALPHABET[b % 32]).join('');
}
