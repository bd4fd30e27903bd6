import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/articles/sources/document-kind.js';

const MD = '# Ferry fares rise\n\nThe island ferry will cost more from May, the operator said.\n';
const at = (name: string) => `https://cdn.example/attachments/123/${name}?ex=abc`;

describe('how a fetched document is read', () => {
  it.each([
    ['text/markdown', 'notes.md', 'markdown'],
    ['text/markdown; charset=utf-8', 'notes', 'markdown'],
    ['text/x-markdown', 'notes.txt', 'markdown'],
    ['application/octet-stream', 'notes.md', 'markdown'],
    ['application/octet-stream', 'NOTES.MD', 'markdown'],
    ['application/octet-stream', 'notes.txt', 'text'],
    ['application/octet-stream', 'batch.jsonl', 'jsonl'],
    [null, 'notes.md', 'markdown'],
    ['text/plain; charset=utf-8', 'notes.md', 'markdown'],
    ['text/plain', 'notes.txt', 'text'],
    ['application/json', 'batch.json', 'json'],
  ])('%s named %s is read as %s', (contentType, name, kind) => {
    expect(documentKind({ contentType, url: at(name), text: MD })).toBe(kind);
  });

  it('reads pages by type or by their first element', () => {
    expect(documentKind({ contentType: 'text/html', url: at('a'), text: '<p>x</p>' })).toBe('html');
    expect(documentKind({ contentType: null, url: 'https://news.example/story', text: '<p>x</p>' })).toBe(
      'html',
    );
    expect(
      documentKind({ contentType: 'application/octet-stream', url: at('page'), text: '<!DOCTYPE html><p>' }),
    ).toBe('html');
  });

  it('reads a feed by its first element whatever the type says', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>';
    expect(documentKind({ contentType: 'text/html', url: at('feed'), text: rss })).toBe('feed');
  });

  it('refuses other types, and bytes without a known file name', () => {
    expect(documentKind({ contentType: 'image/png', url: at('photo.png'), text: 'x' })).toBeNull();
    expect(documentKind({ contentType: 'application/pdf', url: at('notes.md'), text: 'x' })).toBeNull();
    expect(
      documentKind({ contentType: 'application/octet-stream', url: at('notes.bin'), text: MD }),
    ).toBeNull();
  });
});
