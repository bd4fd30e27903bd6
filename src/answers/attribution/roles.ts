/** Role words that name the same job ("the spokesman" finds a "spokesperson"). */
const SYNONYMS: Record<string, string[]> = {
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman', 'press secretary'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
  senator: ['senator', 'sen.', 'sen '],
  representative: ['representative', 'rep.', 'congressman', 'congresswoman'],
  congressman: ['congressman', 'rep.', 'representative'],
  congresswoman: ['congresswoman', 'rep.', 'representative'],
  governor: ['governor', 'gov.'],
  general: ['general', 'gen.'],
  ceo: ['ceo', 'chief executive'],
  executive: ['executive', 'ceo'],
  chairman: ['chairman', 'chair'],
  chairwoman: ['chairwoman', 'chair'],
  minister: ['minister'],
  leader: ['leader'],
  official: ['official'],
  lawmaker: [
    'lawmaker',
    'rep.',
    'sen.',
    'senator',
    'representative',
    'congressman',
    'congresswoman',
    'legislator',
    'assembly',
    'mp',
  ],
  legislator: ['legislator', 'lawmaker', 'rep.', 'sen.', 'senator', 'representative', 'assembly'],
};

/** Organisation role nouns that stand for each other: public bodies, then businesses. */
export const ORG_GROUPS: readonly string[][] = [
  [
    'agency',
    'authority',
    'regulator',
    'department',
    'ministry',
    'commission',
    'council',
    'committee',
    'board',
    'government',
  ],
  [
    'company',
    'firm',
    'carmaker',
    'automaker',
    'airline',
    'manufacturer',
    'airframer',
    'group',
    'organization',
    'organisation',
  ],
];

/** True when a person's stated role fits a role reference's head noun. */
export const roleMatches = (role: string, head: string): boolean => {
  const r = role.toLowerCase() + ' ';
  return (SYNONYMS[head] ?? [head]).some((s) => r.includes(s));
};
