/**
 * English function words. Dropped from a search when other words remain: they match nearly every
 * article, so they add cost without changing which articles rank first. Kept when they are all
 * the user typed, and always kept inside a quoted phrase ("bank of england").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves`.split(/\s+/),
);
