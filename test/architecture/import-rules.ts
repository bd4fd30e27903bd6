import type { ImportGraph } from './import-graph.js';

/** One broken rule: which file imports what, and why that is not allowed. */
export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

interface Rule {
  name: string;
  /** Files the rule applies to. */
  from: RegExp;
  /** Imports they may not have. */
  to: RegExp;
  /** Files exempt (the one adapter allowed to). */
  except?: RegExp;
}

// src/ layers, lowest first: a folder may import its own and lower ones only.
const FEATURES = 'articles|store|retrieval|answers|stories|digest|feeds|corrections|text|dates';
const RULES: readonly Rule[] = [
  {
    name: 'discord.js only under src/discord/ and commands/',
    from: /^src\//,
    to: /^(discord\.js|@discordjs\/.*)$/,
    except: /^src\/discord\//,
  },
  {
    name: 'the Anthropic SDK only in its adapter (src/answers/claude/)',
    from: /^(src|commands)\//,
    to: /^@anthropic-ai\/sdk$/,
    except: /^src\/answers\/claude\//,
  },
  {
    name: 'the store imports no feature above it',
    from: /^src\/store\//,
    to: /^src\/(retrieval|answers|stories|digest|feeds|corrections|discord|cli|app)\//,
  },
  {
    name: 'articles do not reach into store implementations',
    from: /^src\/articles\//,
    to: /^src\/(store\/sqlite|store\/postgres)\/|^src\/(retrieval|answers|stories|digest|feeds|corrections|discord|cli|app)\//,
  },
  {
    name: 'retrieval knows the store, never answers or surfaces',
    from: /^src\/retrieval\//,
    to: /^src\/(answers|stories|digest|feeds|corrections|discord|cli|app)\//,
  },
  {
    name: 'answers know retrieval and the store, never features built on them or surfaces',
    from: /^src\/answers\//,
    to: /^src\/(stories|digest|feeds|corrections|discord|cli|app)\//,
  },
  {
    name: 'feeds do not import digests',
    from: /^src\/feeds\//,
    to: /^src\/digest\//,
  },
  {
    name: `features (${FEATURES}) never import the composition root or a surface`,
    from: new RegExp(`^src/(${FEATURES})/`),
    to: /^src\/(app|discord|cli)\/|^src\/main\.ts$|^commands\//,
  },
  {
    name: 'the composition root is taken by surfaces, not built inside them',
    from: /^(src|commands)\//,
    to: /^src\/app\/(sqlite-backend)\.ts$/,
    except: /^src\/app\//,
  },
];

/** Files in the project that import each other in a circle (each cycle once, by its files). */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph.files.get(file) ?? []) {
      if (!graph.files.has(dep)) continue;
      const s = state.get(dep);
      if (s === 'open') cycles.push(stack.slice(stack.indexOf(dep)));
      else if (s === undefined) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.files.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** Every import that breaks a layering rule. */
export function findViolations(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [file, imports] of graph.files) {
    for (const rule of RULES) {
      if (!rule.from.test(file) || rule.except?.test(file)) continue;
      for (const dep of imports) if (rule.to.test(dep)) out.push({ file, imports: dep, rule: rule.name });
    }
  }
  return out;
}
