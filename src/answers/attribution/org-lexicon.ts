/** Word lists for organisations, institutions, places and documents. Lower-cased keys. */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words marking an organisation ("the White House", "Justice Department"). */
export const ORG_WORDS = set(`
  house kremlin pentagon ministry department agency commission committee council company corp corporation
  inc ltd llc plc co bank party government administration office board court police army navy force forces
  reserve fed bureau institute university college association union group campaign senate congress parliament
  cabinet embassy organization organisation foundation service services airlines airways motors media
  network post times journal news press reuters herald tribune gazette telegraph guardian globe daily
  review magazine channel radio television tv studio studios authority commission federation league
  alliance coalition command secretariat assembly ministries directorate intelligence military palace
  elysee downing hall centre center fund trust bloc club conference chamber council's court's
  industries holdings systems technologies labs laboratories partners capital securities exchange markets
  utilities energy electric pharmaceuticals telecom communications insurance logistics foods brands resources
  petroleum oil steel mining railways railway shipping chemical chemicals freight
  air rail grumman boeing airbus eads nasa fbi cia nsa dnc rnc gop un eu nato who imf opec ap afp bbc cnn nbc cbs abc
  fox msnbc npr buzzfeed wikileaks politico breitbart
`);

/** Heads of phrases that name documents rather than speakers ("the report said"): not emitted. */
export const DOCUMENT_HEADS = set(`
  report reports survey surveys statement statements document documents data study studies poll polls
  figures records record estimates letter memo email emails filing filings release analysis book books
  article articles editorial editorials website site page post tweet tweets message messages minutes
  transcript complaint lawsuit indictment ruling order rules bill law text note notes announcement
  findings research paper papers newspaper's footage video photos image images sign signs evidence
  documents show shows index
`);

/** Organisation role nouns ("the company said") and the kinds of names they can stand for. */
export const ORG_ROLE_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  [
    'newspaper',
    /\b(Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Globe|Daily|News|Star|Mail|Examiner|Chronicle)\b/,
  ],
  [
    'paper',
    /\b(Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Globe|Daily|News|Star|Mail|Chronicle)\b/,
  ],
  ['daily', /\b(Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Globe|Daily|News|Chronicle)\b/],
  ['ministry', /\bMinistry\b/],
  ['department', /\bDepartment\b/],
  ['agency', /\b(Agency|Administration|Bureau|FBI|CIA|NSA|NASA|Service)\b/],
  ['campaign', /\bcampaign\b/i],
  ['committee', /\bCommittee\b/],
  ['commission', /\bCommission\b/],
  ['court', /\bCourt\b/],
  ['network', /\b(CNN|NBC|CBS|ABC|Fox|MSNBC|BBC|Network|Channel)\b/],
  ['authority', /\b(Authority|authority)\b/],
  ['regulator', /\b(Authority|Commission|authority|regulator)\b/],
  ['league', /\bLeague\b/],
  ['union', /\bUnion\b/],
  ['government', /\b(Government|Ministry|Cabinet)\b/],
  ['board', /\bBoard\b/],
  ['council', /\bCouncil\b/],
  ['bank', /\bBank\b/],
  ['office', /\bOffice\b/],
  ['organization', /^(?!the\b)/],
  ['organisation', /^(?!the\b)/],
  ['group', /^(?!the\b)/],
  ['company', /^(?!the\b)/],
  ['firm', /^(?!the\b)/],
  ['carmaker', /^(?!the\b)/],
  ['automaker', /^(?!the\b)/],
  ['airline', /^(?!the\b)/],
  ['manufacturer', /^(?!the\b)/],
  ['airframer', /^(?!the\b)/],
]);

/** Lower-case heads that make a capitalised modifier an institution ("United States intelligence", "the Trump campaign"). */
export const INSTITUTION_HEADS = set(`
  intelligence government administration military police campaign ministry embassy army navy
  authorities prosecutors regulators officials leadership team management department authority agency
  company commission council committee board league union service regulator firm
`);

/** Countries and capitals, which speak as institutions ("Russia denied …", "Washington said …"). */
export const PLACES = set(`
  russia ukraine china japan india pakistan iran iraq syria israel egypt turkey france germany britain
  united states kingdom nations emirates
  italy spain poland greece canada mexico brazil argentina australia korea taiwan vietnam afghanistan
  libya lebanon yemen qatar cuba venezuela nigeria kenya ethiopia sweden norway denmark finland
  netherlands belgium switzerland austria hungary serbia belarus moscow beijing kyiv kiev tehran pyongyang
  seoul tokyo london paris berlin brussels jerusalem ankara damascus baghdad cairo riyadh
  europe america
`);
