/**
 * Paragraphs of the pages' expected text that are not article text, labelled by hand for this
 * project: the extractor should not keep them. Stored as the first 12 hex digits of the sha256 of
 * the paragraph, lower-cased with whitespace collapsed, so no page text is copied here.
 * Kinds: navigation (page furniture: player controls, "Image" placeholders, tag lists, print-edition
 * notes), credit (photo credits, alone or glued to a caption), related (links to other stories),
 * promo (newsletter and subscription boxes), bio (author boxes and contributor notes), dateline
 * (a bare date or time line, which belongs in the metadata).
 */
export type NoiseKind = 'navigation' | 'credit' | 'related' | 'promo' | 'bio' | 'dateline';

export const NOISE_LABELS: Readonly<Record<string, Partial<Record<NoiseKind, readonly string[]>>>> = {
  'ars-1': {
    navigation: ['44e8111eced6'],
  },
  'article-author-tag': {
    credit: ['b6cbad16cb19'],
  },
  'bbc-1': {
    related: ['b2416552d736', 'ecae5b968229'],
  },
  'bug-1255978': {
    navigation: [
      '587536cbaa31',
      'aba4cc9b8af8',
      '7d5029e7ec2d',
      '8a5edab28263',
      '59e88d2f23ee',
      '103a8a9fafbb',
      'c3f5bbf5aa1f',
      '9873ac8514c1',
      'b58ae57ccd52',
      'bb7a26188032',
      '5b6c98979368',
      '51cc6dfe4d3c',
      'c28c1e6edf62',
    ],
  },
  'buzzfeed-1': {
    credit: ['c890587d0b3c', '3d59f7548e1a', '3d59f7548e1a'],
  },
  'citylab-1': {
    credit: ['b983b603f894'],
    dateline: ['05e2924bcc4d'],
    promo: ['0eb96aa81dad', 'fd08edd0b037'],
    bio: ['8388e7b845c5', 'd0aac505fed6', 'ce0560b924eb'],
  },
  gmw: {
    credit: ['5a153b2d6231', '1cc4d8602e14', '9dc445364d56', '3c9ef09c39da'],
  },
  heise: {
    credit: ['e6fdb236e614'],
  },
  'herald-sun-1': {
    credit: ['93a8abec1daa'],
    bio: ['4c1ed0ae0e94'],
  },
  'la-nacion': {
    credit: ['3d059b68d4fd'],
  },
  'lemonde-1': {
    related: ['aca212a3631e', 'f426c0ffda5e', '1d8da46d6936'],
  },
  'nytimes-1': {
    navigation: ['55c64d0fcd6f', '82c3b9122061'],
  },
  'nytimes-3': {
    navigation: [
      '6105d6cc76af',
      '6105d6cc76af',
      '6105d6cc76af',
      '6105d6cc76af',
      '6105d6cc76af',
      '6105d6cc76af',
      '6105d6cc76af',
      '3deaccca3f4b',
      'bd0c28e15935',
      'ca978112ca1b',
      '785f3ec7eb32',
      '17be8f788cd4',
      '124a9e304c5d',
      'c6546f6b080e',
    ],
    dateline: ['11ea4b2af3b8'],
    promo: ['4c99cba25076'],
    credit: ['6291a7269b8b', '44e695afc1d1', '30647c9477dc', 'cbdd5c8b8492', '4a2ee1dc96a5'],
  },
  'schema-org-context-object': {
    credit: ['eb185e1d859d', 'f5ae2d4d835e', 'cca9ece9117e'],
    bio: [
      '2f2a3ec85fcf',
      '0403451e91b0',
      'bb6545a0dca4',
      'c200178b44e2',
      '6ca67a10d61c',
      '6201111b83a0',
      'e4ef1328ac71',
      'cbed6f45ba14',
      'cdb4ee2aea69',
    ],
  },
  'simplyfound-1': {
    credit: ['674a16d5db35', '150b9ee64d9f'],
  },
  theverge: {
    promo: [
      'b3703d2a00f9',
      '9169e3ca73ee',
      '72ab97eefecb',
      '1ebb53fc36ec',
      'ee5e2878c485',
      '9760fb17ba76',
      '98e6127a9d93',
      '581832950537',
      '1c1801e5bb40',
      '6b9edfe685ec',
      'f72dbb22c704',
    ],
  },
  'yahoo-1': {
    related: ['13d63e0974b9', '5af89929133d', '2bdd91d9f605', 'e9f82fc7f4e4', '8811da87b424', '038483fe565f'],
  },
  'yahoo-3': {
    related: ['12ff2a4cbe8d', 'f7d20208e555', 'f86e7a7fe351', '8f65e80eb867'],
    navigation: ['65566d196e9c', 'cdb4ee2aea69'],
  },
  'videos-2': {
    bio: ['0666a51ab42c'],
  },
};
