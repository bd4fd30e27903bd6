/**
 * Words that say nothing about which event an article reports: English function words, reporting
 * verbs and the vocabulary every news story uses ("said", "year", "percent"). Generic on purpose:
 * no topic words, so grouping works the same for politics, business or sport.
 */
export const STORY_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against ago all almost along already also although always am among an and another
  any anyone anything are around as at away back be became because become been before began being below beside besides between
  beyond both but by came can cannot come could did do does doing done down due during each earlier early either else enough even
  ever every few first for former from further get gets getting give given go going gone got had has have having he her here hers
  herself him himself his how however i if in including into is it its itself just last late later latest least less like likely
  made make makes making many may me meanwhile might more most much must my myself near nearly neither never new next no nor not
  now of off often on once one only onto or other others our ours ourselves out over own part per perhaps put rather re really
  same say saying says said see seen several she should since so some still such take taken than that the their theirs them
  themselves then there therefore these they this those though through throughout thus to told tell telling together too took
  toward towards two three four five six seven eight nine ten under until up upon us use used very via was way we well were what
  whatever when where whether which while who whom whose why will with within without would yet you your yours
  according added adding announced asked believe called comment comments continue continued cited day days described expected
  found friday going important including interview issue issues know known lot matter monday month months news noted number
  official officials people percent point press statement report reported reporter reporters reports saturday statement sunday
  thing things think thursday time times today tuesday wednesday week weeks year years yesterday told mr mrs ms dr st jr inc
  million billion thousand hundred around
  january february march april june july august september october november december`.split(/\s+/),
);

/** Capitalised words that are not names: calendar words, titles and sentence openers. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir madam mister i it he she we they
  you the a an this that these those his her its their our my in on at by for from of to with and but or as if when while after
  before since during there here what who why how where which according also however meanwhile yesterday today tomorrow
  photo image file editor note update updated read more follow share utc gmt am pm`.split(/\s+/),
);

/**
 * Words that are capitalised inside many different names ("Department", "General", "United"): on
 * their own they say nothing about which event; inside a whole name ("General Motors") they count.
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(
  `department general national united states state office company group international federal north south east west
  american european president minister prime secretary chief executive director officer court university committee
  council association party agency administration government city county republic democratic republican democrat
  house senate congress news post times daily press associated reuters afp ap club centre center street road
  first new great royal central world global`.split(/\s+/),
);
