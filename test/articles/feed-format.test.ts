import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../src/articles/formats/feed.js';

// Fictional feeds written for these tests.
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tidewater Ledger',
  authors: [{ name: 'Ledger Staff' }],
  items: [
    {
      id: 'tl-1',
      url: '/news/night-ferry',
      title: 'Night ferry starts in November',
      content_html: '<p>Three crossings will be added.</p>',
      date_published: '2024-10-03T18:15:00-04:00',
      authors: [{ name: 'Oona Falk' }],
    },
    {
      id: 2,
      external_url: 'https://elsewhere.example/pier',
      content_text: 'The pier reopens.',
      date_modified: '2024-10-04',
    },
  ],
});

describe('feed formats', () => {
  it('reads JSON Feed items with their links, dates, authors and content', () => {
    expect(looksLikeFeed(JSON_FEED, 'application/json')).toBe(true);
    expect(parseFeed(JSON_FEED, 'https://ledger.example/feed.json')).toEqual({
      title: 'Tidewater Ledger',
      items: [
        {
          id: 'tl-1',
          link: 'https://ledger.example/news/night-ferry',
          title: 'Night ferry starts in November',
          content: '<p>Three crossings will be added.</p>',
          published: '2024-10-03T18:15:00-04:00',
          author: 'Oona Falk',
        },
        {
          id: '2',
          link: 'https://elsewhere.example/pier',
          title: null,
          content: 'The pier reopens.',
          published: '2024-10-04',
          author: 'Ledger Staff',
        },
      ],
    });
  });

  it('gives RSS 0.92 items without dates the channel date, and reads the name in an RSS author', () => {
    const rss = `<?xml version="1.0"?><rss version="0.92"><channel><title>Pier Notes</title>
      <pubDate>Fri, 04 Oct 2024 09:00:00 -0400</pubDate>
      <item><title>Gull count</title><link>https://pier.example/gulls</link><description>Forty gulls.</description>
        <author>desk@pier.example (Ana Ruiz)</author></item></channel></rss>`;
    expect(parseFeed(rss).items[0]).toMatchObject({
      published: 'Fri, 04 Oct 2024 09:00:00 -0400',
      author: 'Ana Ruiz',
      content: 'Forty gulls.',
    });
  });

  it('reads RDF items with dc:date and dc:creator, and media, iTunes and Atom feed-level fields', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Lab Notes</title></channel>
      <item><title><![CDATA[Algae bloom]]></title><link>https://lab.example/algae</link><description><![CDATA[]]></description>
        <dc:creator>Ruiz, A.</dc:creator><dc:date>2024-06-15T10:29:47-07:00</dc:date></item></rdf:RDF>`;
    expect(parseFeed(rdf).items[0]).toMatchObject({
      title: 'Algae bloom',
      published: '2024-06-15T10:29:47-07:00',
      author: 'Ruiz, A.',
      content: null,
    });
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
      <title>Harbor Video</title><author><name>Harbor Video Desk</name></author><updated>2024-05-01T00:00:00Z</updated>
      <entry><id>v1</id><link rel="alternate" href="https://video.example/v1"/><published>2024-04-30T12:00:00Z</published>
        <media:group><media:title>Tug race</media:title><media:description>Six tugs raced across the bay.</media:description></media:group></entry>
      <entry><id>v2</id><title>Dredging</title><link href="https://video.example/v2"/>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The <b>channel</b> is dredged.</p></div></content></entry>
      <entry><id>v3</id><title>Buoys</title><link href="https://video.example/v3"/><summary type="html">&lt;p&gt;New buoys &amp;amp; lights.&lt;/p&gt;</summary></entry>
    </feed>`;
    const items = parseFeed(atom).items;
    expect(items[0]).toMatchObject({
      title: 'Tug race',
      content: 'Six tugs raced across the bay.',
      author: 'Harbor Video Desk',
      published: '2024-04-30T12:00:00Z',
    });
    expect(items[1]).toMatchObject({
      content: '<div xmlns="http://www.w3.org/1999/xhtml"><p>The <b>channel</b> is dredged.</p></div>',
      published: '2024-05-01T00:00:00Z',
    });
    expect(items[2]!.content).toBe('<p>New buoys &amp; lights.</p>');
    const podcast = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Tide Talk</title>
      <item><title>Episode 4</title><itunes:author>Tide Talk Radio</itunes:author><itunes:summary>On sandbanks.</itunes:summary></item></channel></rss>`;
    expect(parseFeed(podcast).items[0]).toMatchObject({
      author: 'Tide Talk Radio',
      content: 'On sandbanks.',
    });
  });

  it('refuses a feed declaring an external entity with one short UserError, reading nothing from it', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>X</title><item><title>Leak &x;</title></item></channel></rss>';
    expect(() => parseFeed(xxe)).toThrow(
      expect.objectContaining({
        name: 'UserError',
        message: expect.stringMatching(/^not a readable feed: /),
      }),
    );
  });
});
