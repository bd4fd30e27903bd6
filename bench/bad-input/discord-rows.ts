import { PERMISSIONS, type InteractionRecord } from '../../test/helpers/fake-discord/index.js';
import { startHarness } from '../../test/discord/harness.js';
import { compareFingerprints, fingerprint } from './fingerprint.js';
import { capturingLog, STACK_TRACE, type BadInputRow } from './row.js';

const ADMIN = PERMISSIONS.member | PERMISSIONS.manageGuild;

// A fictional article whose text tries to ping everyone, mention users, roles and channels, hide
// a link behind friendly words and format itself. Each attempt follows an anchor word.
const HOSTILE = `Harbour crew finishes pier lantern repairs at Quayside

The Quayside harbour crew finished the lantern repairs on Friday, the harbour master said. ALPHA @everyone BRAVO @here CHARLIE <@111111111111111111> DELTA <@&222222222222222222> ECHO <#333333333333333333> FOXTROT [the council's statement](https://phish.example.test/login) GOLF **urgent** __now__ ||spoiler|| \`code\` HOTEL
# Heading line

The repairs cost 5,100 crowns and took nine days, according to the harbour office.
`;

const ATTEMPTS: Array<[anchor: string, attempt: string]> = [
  ['ALPHA', '@everyone'],
  ['BRAVO', '@here'],
  ['CHARLIE', 'a user mention <@id>'],
  ['DELTA', 'a role mention <@&id>'],
  ['ECHO', 'a channel mention <#id>'],
  ['FOXTROT', 'a masked link [text](url)'],
  ['GOLF', 'bold, underline, spoiler, code'],
];

/** Every string in a message payload (content, embed text, field values), joined. */
function textOf(body: unknown): string {
  if (typeof body === 'string') return body;
  if (Array.isArray(body)) return body.map(textOf).join('\n');
  if (body && typeof body === 'object') return Object.values(body).map(textOf).join('\n');
  return '';
}

/** How the words after `anchor` reached Discord: visible characters, zero-width spaces shown as ␣. */
function rendered(text: string, anchor: string, next: string): string | null {
  const start = text.indexOf(anchor);
  if (start < 0) return null;
  let end = text.indexOf(next, start + anchor.length);
  if (end < 0) end = text.slice(start).search(/\n|…/) + start;
  const piece = text.slice(start + anchor.length, end > start ? end : start + 80).trim();
  return piece.replace(/\u200b/g, '␣');
}

/**
 * Bad attachments, 6,000-character options and markdown/mention injection through the bot in
 * this process, logged in to the fake Discord: what the user saw, and what the store gained.
 */
export async function discordRows(): Promise<BadInputRow[]> {
  const logged = capturingLog();
  const h = await startHarness({
    limits: { userPerMinute: 1_000, guildPerMinute: 1_000 },
    log: logged.log,
  });
  const rows: BadInputRow[] = [];
  const editor = h.fake.user('editor');
  const finalText = (r: InteractionRecord) =>
    h.fake.state.waitFor(
      () => {
        const e = r.followups[0]?.content ?? (r.callback?.type === 4 ? r.callback.data?.content : undefined);
        if (e) return String(e);
        const o = r.original;
        if (o?.embeds.length) return textOf(o.embeds);
        if (o?.content && !/^Adding|^Reading|^Working/.test(o.content)) return o.content;
        return undefined;
      },
      30_000,
      `the outcome of ${r.id}`,
    );
  const row = async (
    group: string,
    input: string,
    send: () => InteractionRecord,
    expectAdded = 0,
    outcomeOf: (text: string) => string = (t) => {
      const first = t.split('\n')[0]!;
      return first.length > 100 ? `${first.slice(0, 100)}… (${first.length} characters)` : first;
    },
  ) => {
    const before = fingerprint(h.dbPath);
    const r = send();
    const text = await finalText(r);
    const change = compareFingerprints(before, fingerprint(h.dbPath));
    const sent = JSON.stringify(r.payloads.map((p) => p.body));
    rows.push({
      group,
      input,
      via: 'Discord',
      outcome: outcomeOf(text),
      writes: change.writes,
      problems: [
        change.partial ? 'partial write' : '',
        change.added !== expectAdded ? `expected ${expectAdded} added, got ${change.added}` : '',
        STACK_TRACE.test(sent) ? 'stack trace sent to Discord' : '',
        ...logged.take(),
      ].filter(Boolean),
    });
    return r;
  };
  const ingestFile = (name: string, content: string | Buffer, contentType?: string) => () =>
    h.fake.slash({
      command: 'ingest',
      options: { attachment: h.fake.attach(name, content, contentType) },
      user: editor,
      guild: h.guildB,
      permissions: ADMIN,
    });
  try {
    await row('file', 'empty attachment', ingestFile('empty.txt', ''));
    await row(
      'file',
      'binary attachment (NUL bytes)',
      ingestFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    );
    await row(
      'file',
      'invalid UTF-8 attachment',
      ingestFile('latin.txt', Buffer.from('Caf\xe9 on pier four\n', 'latin1')),
    );
    await row(
      'file',
      'over-size attachment (5 MB + 1 byte)',
      ingestFile('huge.txt', 'x'.repeat(5 * 1024 * 1024 + 1)),
    );
    const search = (query: string) => () =>
      h.fake.slash({ command: 'search', options: { query }, user: editor, guild: h.guildB });
    const summarize = (query: string) => () =>
      h.fake.slash({ command: 'summarize', options: { query }, user: editor, guild: h.guildB });
    await row('option', '/search with a 6,000-character query', search('ferry '.repeat(1_000)));
    await row('option', '/summarize with a 6,000-character query', summarize('lantern repairs '.repeat(375)));
    await row('option', '/search with FTS soup', search(`")(*"(( "NEAR( ))" AND ^*:{ '`));

    // Injection: the hostile article goes in through /ingest, then comes back in answers.
    await row(
      'article text',
      'article with mentions and markdown, ingested',
      ingestFile('quayside.md', HOSTILE),
      1,
    );
    const [hit] = await h.store.search({ text: 'Quayside lantern repairs', guild: h.guildB.id });
    const show = () =>
      h.fake.slash({
        command: 'article',
        subcommand: 'show',
        options: { article: hit?.article.id ?? 'missing' },
        user: editor,
        guild: h.guildB,
      });
    for (const [command, send] of [
      ['/search', search('Quayside lantern repairs')],
      ['/summarize', summarize('Quayside lantern repairs')],
      ['/article show', show],
    ] as const) {
      const r = await row('article text', `the article in ${command}`, send, 0, (t) => {
        const parts = ATTEMPTS.map(([anchor, attempt], i) => {
          const shown = rendered(t, anchor, ATTEMPTS[i + 1]?.[0] ?? 'HOTEL');
          return shown === null || shown === '' ? null : `${attempt} → \`${shown.replace(/`/g, 'ˋ')}\``;
        }).filter(Boolean);
        return parts.length > 0
          ? parts.join('; ')
          : `(no sentence with an attempt is quoted) ${t.slice(0, 100)}…`;
      });
      const bodies = r.payloads.map((p) => p.body as { allowed_mentions?: { parse?: string[] } });
      const text = textOf(bodies);
      const last = rows.at(-1)!;
      const pinged = bodies.filter((b) => !b.allowed_mentions || (b.allowed_mentions.parse ?? []).length > 0);
      last.outcome += `; allowed_mentions parse [] on ${bodies.length - pinged.length} of ${bodies.length} messages`;
      if (/@everyone|@here|<@\d|<@&\d|<#\d/.test(text)) last.problems.push('a live mention reached Discord');
      if (/(^|[^\\])\[the council's statement\]\(/.test(text)) last.problems.push('the masked link was kept');
    }
  } finally {
    await h.dispose();
  }
  return rows;
}
