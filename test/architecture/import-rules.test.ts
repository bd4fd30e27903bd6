import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph } from './import-graph.js';
import { findCycles, findViolations } from './import-rules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/architecture', import.meta.url));

describe('the import graph', () => {
  const graph = readImportGraph(ROOT, ['src', 'commands']);

  it('reads every source file', () => {
    expect(graph.files.get('src/main.ts')).toContain('src/app/app.ts');
    expect(graph.files.size).toBeGreaterThan(200);
  });

  it('has no import cycle between files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('points one way: no layering rule is broken', () => {
    expect(findViolations(graph)).toEqual([]);
  });
});

describe('the import rules themselves', () => {
  const graph = readImportGraph(FIXTURE, ['src']);

  it('catch a store importing a feature, discord.js and the SDK outside their places', () => {
    expect(findViolations(graph).map((v) => `${v.file} -> ${v.imports}: ${v.rule}`)).toEqual(
      expect.arrayContaining([
        'src/store/bad-store.ts -> src/stories/story.ts: the store imports no feature above it',
        'src/digest/post.ts -> discord.js: discord.js only under src/discord/ and commands/',
        'src/answers/sdk.ts -> @anthropic-ai/sdk: the Anthropic SDK only in its adapter (src/answers/claude/)',
      ]),
    );
  });

  it('catch a cycle', () => {
    expect(findCycles(graph)).toEqual([['src/digest/post.ts', 'src/digest/render.ts']]);
  });
});
