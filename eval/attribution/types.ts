/** A hand-labelled attribution: who said it, and the words as the article has them. */
export interface Expected {
  speaker: string;
  /** Other names the article gives the same source ("the survey", "the report"); any of them is right. */
  aliases?: readonly string[];
  /**
   * What kind of source the speaker is, when labelled: a person (named or not), an organisation, a group
   * of people named together ("officials", "analysts"), or a document ("the report", "the lawsuit").
   */
  speakerKind?: 'person' | 'organization' | 'group' | 'document';
  kind: 'direct' | 'reported';
  /** Direct: the words inside the quote marks. Reported: the reported clause (after "that" when there is one). */
  text: string;
}

/** A fictional wire-style article written for this evaluation, with every attribution labelled. */
export interface LabeledArticle {
  id: string;
  title: string;
  paragraphs: string[];
  expected: Expected[];
}

/** The article text as stored: paragraphs separated by one blank line. */
export const articleText = (a: LabeledArticle): string => a.paragraphs.join('\n\n');
