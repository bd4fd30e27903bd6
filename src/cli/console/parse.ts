import { UserError } from '../../errors.js';

/** A console line as Discord would see it: `/search query:kim putin since:2023-07-01`. */
export interface ConsoleLine {
  /** e.g. `search`, or `article show` for a subcommand. */
  command: string;
  options: Record<string, string[]>;
}

/** Option names per console command; the first is filled by bare text (`/search kim putin`). */
export type ConsoleGrammar = Record<string, readonly string[]>;

/**
 * Parses a console line. An option's value runs to the next ` name:` of a known option for that
 * command, and may be quoted ("…" or '…'); an option may repeat (`article:a article:b`).
 */
export function parseConsoleLine(line: string, grammar: ConsoleGrammar): ConsoleLine {
  const trimmed = line.trim().replace(/^\//, '');
  const [first = '', ...rest] = trimmed.split(/\s+/);
  let command = first.toLowerCase();
  let body = trimmed.slice(first.length).trim();
  const sub = rest[0]?.toLowerCase();
  if (sub && grammar[`${command} ${sub}`]) {
    command = `${command} ${sub}`;
    body = body.slice(rest[0]!.length).trim();
  }
  const names = grammar[command];
  if (!names) throw new UserError(`Unknown command "/${first}". Type /help for the list.`);
  const options: Record<string, string[]> = {};
  if (!body) return { command, options };

  const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'gi');
  const found = [...body.matchAll(marker)];
  const leading = (found.length ? body.slice(0, found[0]!.index) : body).trim();
  if (leading) {
    if (!names[0]) throw new UserError(`/${command} takes no options.`);
    add(options, names[0], leading);
  }
  found.forEach((m, i) => {
    const valueStart = m.index + m[0].length;
    const valueEnd = i + 1 < found.length ? found[i + 1]!.index : body.length;
    add(options, m[1]!.toLowerCase(), body.slice(valueStart, valueEnd).trim());
  });
  return { command, options };
}

function add(options: Record<string, string[]>, name: string, raw: string): void {
  (options[name] ??= []).push(unquote(raw));
}

function unquote(value: string): string {
  const m = /^(["'“])([\s\S]*)(["'”])$/.exec(value);
  return m ? m[2]! : value;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
