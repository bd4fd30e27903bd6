import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/** The prompt files in `prompts/`: one system prompt, one per command, one for digests, one for questions. */
export const PROMPT_NAMES = ['system', 'summarize', 'timeline', 'whosaid', 'digest', 'ask'] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

/** The loaded prompt templates and a version that changes whenever any of them changes. */
export interface Prompts {
  templates: Readonly<Record<PromptName, string>>;
  /** Short content hash of every template: part of the answer-cache key. */
  version: string;
}

/** The variables each template must use, exactly (a test renders every prompt with these). */
export const PROMPT_VARIABLES: Readonly<Record<PromptName, readonly string[]>> = {
  system: [],
  summarize: ['query'],
  timeline: ['query'],
  whosaid: ['query', 'speakerRule'],
  digest: ['query'],
  ask: ['query'],
};

const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Renders a template by replacing every `{{name}}`. Pure. Throws when the template uses a variable
 * that is not given, or a given variable is not used (a typo in either place fails loudly instead of
 * sending `{{query}}` or silently dropping the question). Values are inserted literally: they are
 * never re-scanned for `{{…}}`.
 */
export function renderPrompt(
  template: string,
  vars: Readonly<Record<string, string>>,
  name = 'prompt',
): string {
  const used = new Set<string>();
  const missing = new Set<string>();
  const out = template.replace(VARIABLE, (_, key: string) => {
    used.add(key);
    const value = Object.hasOwn(vars, key) ? vars[key] : undefined;
    if (value === undefined) {
      missing.add(key);
      return '';
    }
    return value;
  });
  if (missing.size > 0)
    throw new Error(`Prompt "${name}" uses {{${[...missing].join('}}, {{')}}} but no value was given.`);
  const unused = Object.keys(vars).filter((k) => !used.has(k));
  if (unused.length > 0)
    throw new Error(
      `Prompt "${name}" was given ${unused.join(', ')} but does not use ${unused.length === 1 ? 'it' : 'them'}.`,
    );
  return out;
}

/**
 * Reads every prompt file once (synchronously, at engine creation). HTML comments are stripped, so
 * a file can document its variables for people without sending that to the model. Throws naming the
 * file when one is missing or empty.
 */
export function loadPrompts(dir: string = join(packageRoot(), 'prompts')): Prompts {
  const templates = {} as Record<PromptName, string>;
  const hash = createHash('sha256');
  for (const name of PROMPT_NAMES) {
    const file = join(dir, `${name}.md`);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`Prompt file ${file} cannot be read: ${(err as Error).message}`, { cause: err });
    }
    const text = raw.replace(/<!--[\s\S]*?-->/g, '').trim();
    if (text === '') throw new Error(`Prompt file ${file} is empty.`);
    templates[name] = text;
    hash.update(name).update('\0').update(text).update('\0');
  }
  return { templates: Object.freeze(templates), version: hash.digest('hex').slice(0, 12) };
}
