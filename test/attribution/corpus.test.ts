import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../src/answers/attribution/index.js';
import { expectWellFormed } from './helpers.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const present = existsSync(corpus);

function articles(): { id: string; title: string; text: string }[] {
  return ['seeds', 'polnear', 'wikinews'].flatMap((c) => {
    const dir = `${corpus}/${c}`;
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map(
        (f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { id: string; title: string; text: string },
      );
  });
}

const seed = (id: string): string =>
  (JSON.parse(readFileSync(`${corpus}/seeds/${id}.json`, 'utf8')) as { text: string }).text;

describe.skipIf(!present)('attribution over the shared corpus', () => {
  it('keeps every item verbatim and inside its evidence, in every article', () => {
    let n = 0;
    for (const a of articles()) {
      for (const x of extractAttributions({ text: a.text, title: a.title })) {
        expectWellFormed(a.text, x);
        expect(x.speaker.trim().length, a.id).toBeGreaterThan(0);
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });

  it("lists John Kirby's and Adrienne Watson's statements in the second seed", () => {
    const got = extractAttributions({ text: seed('003_5ea07fed3b2000cd') });
    const by = (name: string): string[] =>
      got.filter((a) => a.speaker === name).map((a) => `${a.quoteKind}: ${a.quote}`);
    expect(by('John Kirby')).toEqual([
      "reported: Russia's defense minister had recently journeyed to North Korea to persuade Pyongyang to supply artillery ammunition to Russia",
      'reported: North Korea to cease its arms negotiations with Russia and adhere to its public commitment not to provide or sell weapons to Russia',
      'reported: the United States would take direct action, including imposing sanctions, against individuals and entities facilitating the transfer of weapons between Russia and North Korea',
      'reported: potential agreements could involve ""significant quantities and multiple types"" of munitions from North Korea, which Russia would employ in its ongoing conflict in Ukraine',
      'direct: significant quantities and multiple types',
      'reported: the United States commitment to identifying, exposing, and countering any Russian efforts to acquire military equipment from North Korea or any other state willing to support the war in Ukraine',
    ]);
    expect(by('Adrienne Watson')).toEqual([
      "reported: Sergei Shoigu's recent visit to North Korea, which involved discussions about Pyongyang potentially supplying artillery ammunition to Russia",
      'reported: there is information suggesting Kim Jong Un anticipates continued discussions, including leader-level diplomatic engagement in Russia',
    ]);
    const kirby = got.find((a) => a.speaker === 'John Kirby')!;
    expect([kirby.speakerKind, kirby.speakerRole]).toEqual(['person', 'National Security Council spokesman']);
  });

  it('attributes the White House and the unnamed U.S. official in the seeds', () => {
    const second = extractAttributions({ text: seed('003_5ea07fed3b2000cd') }).map((a) => a.speaker);
    expect(second).toContain('the White House');
    expect(second).toContain('a United states of America official');
    const first = extractAttributions({ text: seed('000_b48c49609bc0b249') });
    expect(first.find((a) => a.speaker === 'the White House')?.quote).toBe(
      'negotiations regarding arms sales between North Korea and Russia were actively advancing',
    );
  });
});
