import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { SESSION_KEY } from './answer-sessions.js';

/** Actions of an answer's buttons: turn to page, sources, copy, ask a follow-up, and the page indicator. */
export type AnswerAction = 'page' | 'sources' | 'copy' | 'ask' | 'indicator';

const CODES: Record<AnswerAction, string> = { page: 'p', sources: 's', copy: 'c', ask: 'a', indicator: 'i' };
const ACTIONS = new Map(Object.entries(CODES).map(([a, c]) => [c, a as AnswerAction]));

/** `nr:<session key>:<action code>:<page>`; every answer button id has exactly this shape. */
export function answerCustomId(key: string, action: AnswerAction, page = 0): string {
  return `nr:${key}:${CODES[action]}:${page}`;
}

export interface ParsedAnswerId {
  key: string;
  action: AnswerAction;
  page: number;
}

/** Parses an answer button id; null when it is not one of ours (foreign or tampered). */
export function parseAnswerCustomId(id: string): ParsedAnswerId | null {
  const m = /^nr:([a-z2-7]+):([a-z]):(\d{1,4})$/.exec(id);
  if (!m || !SESSION_KEY.test(m[1]!)) return null;
  const action = ACTIONS.get(m[2]!);
  return action ? { key: m[1]!, action, page: Number(m[3]) } : null;
}

/**
 * The buttons under an answer page: Sources, Copy and Ask, with ◀ n/N ▶ on a row of its own above
 * them when paged (a row holds at most five buttons).
 */
export function answerButtons(
  key: string,
  page: number,
  pages: number,
): APIActionRowComponent<APIButtonComponent>[] {
  const button = (
    customId: string,
    label: string,
    style: ButtonStyle.Primary | ButtonStyle.Secondary,
    disabled = false,
  ): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: customId,
    label,
    style,
    disabled,
  });
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  if (pages > 1) {
    const paging: APIButtonComponent[] = [
      button(
        answerCustomId(key, 'page', Math.max(0, page - 1)),
        '◀ Previous',
        ButtonStyle.Secondary,
        page === 0,
      ),
      button(answerCustomId(key, 'indicator', page), `${page + 1}/${pages}`, ButtonStyle.Secondary, true),
      button(
        answerCustomId(key, 'page', Math.min(pages - 1, page + 1)),
        'Next ▶',
        ButtonStyle.Secondary,
        page === pages - 1,
      ),
    ];
    rows.push({ type: ComponentType.ActionRow, components: paging });
  }
  const actions = [
    button(answerCustomId(key, 'sources'), 'Sources', ButtonStyle.Primary),
    button(answerCustomId(key, 'copy'), 'Copy', ButtonStyle.Secondary),
    button(answerCustomId(key, 'ask'), 'Ask', ButtonStyle.Secondary),
  ];
  rows.push({ type: ComponentType.ActionRow, components: actions });
  return rows;
}
