import { describe, expect, it } from 'vitest';
import { articleIdFor, canonicalizeUrl, contentHash } from '../../src/articles/identity.js';

describe('canonicalizeUrl', () => {
  it('lower-cases the host, drops the default port, fragment, tracking parameters and trailing slash', () => {
    expect(
      canonicalizeUrl(
        'HTTPS://News.Example.COM:443/world/bridge/?utm_source=tw&utm_medium=x&fbclid=abc&gclid=1#top',
      ),
    ).toBe('https://news.example.com/world/bridge');
  });
  it('keeps other query parameters, sorted', () => {
    expect(canonicalizeUrl('http://example.com/story?page=2&id=7')).toBe(
      'http://example.com/story?id=7&page=2',
    );
  });
  it('drops the slash of a bare host', () => {
    expect(canonicalizeUrl('http://example.com/')).toBe('http://example.com');
  });
  it('keeps a non-default port and the path case', () => {
    expect(canonicalizeUrl('https://example.com:8443/A/')).toBe('https://example.com:8443/A');
  });
  it('returns null for something that is not an http(s) URL', () => {
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('ftp://example.com/file')).toBeNull();
  });
});

describe('articleIdFor', () => {
  const text = 'Some article text.';
  it('gives the same id to two spellings of the same address', () => {
    const a = articleIdFor({ url: 'https://Example.com/a/?utm_source=x', canonicalUrl: null, text });
    const b = articleIdFor({ url: 'https://example.com/a', canonicalUrl: null, text: 'other text' });
    expect(a).toBe(b);
    expect(a).toMatch(/^a_[0-9a-f]{16}$/);
  });
  it('prefers the canonical URL over the URL', () => {
    const a = articleIdFor({ url: 'https://m.example.com/a', canonicalUrl: 'https://example.com/a', text });
    expect(a).toBe(articleIdFor({ url: null, canonicalUrl: 'https://example.com/a', text }));
  });
  it('falls back to the content when there is no usable address', () => {
    expect(articleIdFor({ url: null, canonicalUrl: null, text })).toBe(
      articleIdFor({ url: 'junk', canonicalUrl: null, text }),
    );
    expect(articleIdFor({ url: null, canonicalUrl: null, text })).not.toBe(
      articleIdFor({ url: null, canonicalUrl: null, text: 'x' }),
    );
  });
  it('gives a guild article an id different from the same global article and from another guild', () => {
    const d = { url: null, canonicalUrl: null, text };
    const ids = new Set([
      articleIdFor(d),
      articleIdFor(d, 'global'),
      articleIdFor(d, '111'),
      articleIdFor(d, '222'),
    ]);
    expect(ids.size).toBe(3);
  });
});

describe('contentHash', () => {
  it('is the sha256 hex of the text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
