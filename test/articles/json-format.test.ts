import { describe, expect, it } from 'vitest';
import { draftFromRecord, jsonRecords } from '../../src/articles/formats/json.js';
import { readFixture } from './fixtures.js';

describe('jsonRecords', () => {
  it('reads one article object as one record labelled with the file path', () => {
    const records = jsonRecords(readFixture('single.json'), 'single.json', 'json');
    expect(records.map((r) => r.source)).toEqual(['single.json']);
  });

  it('labels the records of an array path#n, 1-based', () => {
    const records = jsonRecords(readFixture('batch.json'), 'batch.json', 'json');
    expect(records.map((r) => r.source)).toEqual(['batch.json#1', 'batch.json#2']);
  });

  it('accepts an object holding the records under "articles"', () => {
    const records = jsonRecords('{"articles":[{"text":"a"},{"text":"b"}]}', 'wrapped.json', 'json');
    expect(records).toHaveLength(2);
  });

  it('fails a JSON file that does not parse as a whole', () => {
    expect(() => jsonRecords('{"title": ', 'bad.json', 'json')).toThrow(/^invalid JSON: /);
  });

  it('reads JSON Lines line by line, skipping blank lines and failing only a broken line', () => {
    const records = jsonRecords(readFixture('records.jsonl'), 'records.jsonl', 'jsonl');
    expect(records.map((r) => r.source)).toEqual([
      'records.jsonl#1',
      'records.jsonl#3',
      'records.jsonl#4',
      'records.jsonl#5',
    ]);
    const broken = records[1]!;
    expect('error' in broken && broken.error).toMatch(/^invalid JSON on line 3: /);
  });
});

describe('draftFromRecord', () => {
  it('reads corpus-style fields and cleans the text, taking the id as external id', () => {
    const [first] = jsonRecords(readFixture('single.json'), 'single.json', 'json');
    const draft = draftFromRecord((first as { record: unknown }).record, 'single.json');
    expect(draft).toMatchObject({
      externalId: 'valley-2024-0412',
      title: 'Valley Times Wins Press Award',
      outlet: 'The Valley Times',
      url: 'https://valley.example/news/press-award',
      byline: 'Ana Ruiz',
      publishedAt: '2024-04-12',
      publishedAtSource: 'metadata',
      language: 'en',
      text: "The Valley Times won the state press association's award for local reporting on Friday.\n\nThe judges praised the paper's coverage of the water district audit.",
    });
    expect(draft.raw.kind).toBe('json');
    expect(JSON.parse(draft.raw.content)).toMatchObject({ id: 'valley-2024-0412' });
  });

  it('accepts alternative field names, publisher objects and author lists', () => {
    const records = jsonRecords(readFixture('batch.json'), 'batch.json', 'json');
    const [rail, bridge] = records.map((r) => draftFromRecord((r as { record: unknown }).record, r.source));
    expect(rail).toMatchObject({
      title: 'Rail Strike Talks Resume',
      url: 'https://news.example/rail-talks',
      outlet: 'Metro Wire',
      byline: 'Kim Lee, Omar Haddad',
      publishedAt: '2024-05-06T09:15:00Z',
      externalId: null,
    });
    expect(bridge).toMatchObject({
      title: 'Bridge Repairs Finish Early',
      outlet: 'County News',
      publishedAt: '2024-05-08T14:00:00Z',
      externalId: '4471',
    });
  });

  it('keeps single-newline paragraphs as separate paragraphs', () => {
    const draft = draftFromRecord({ title: 'Market', text: 'One sentence.\nAnother one.' }, 'm.json');
    expect(draft.text).toBe('One sentence.\n\nAnother one.');
  });

  it('derives a headline from the first paragraph when the record has none', () => {
    const draft = draftFromRecord({ text: 'Water rates rise\n\nRates rise 3 percent in July.' }, 'w.json');
    expect(draft.title).toBe('Water rates rise');
    expect(draft.text).toBe('Water rates rise\n\nRates rise 3 percent in July.');
  });

  it('fails a record without text with a clear message', () => {
    expect(() => draftFromRecord({ title: 'No Body Here' }, 'x.json#4')).toThrow(
      'record has no text (expected a text, body or content field)',
    );
    expect(() => draftFromRecord({ title: 'Blank', text: '  \n ' }, 'x.json')).toThrow('record has no text');
  });

  it('fails a record that is not an object', () => {
    expect(() => draftFromRecord('just a string', 'x.json#2')).toThrow('record is not a JSON object');
  });

  it('fails a record whose text is only boilerplate', () => {
    expect(() => draftFromRecord({ title: 'T', text: 'Connect with us\n\nRecommended' }, 'x.json')).toThrow(
      'no article text found',
    );
  });
});
