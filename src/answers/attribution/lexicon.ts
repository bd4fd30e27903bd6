/**
 * Word lists for reading speaker phrases: titles, role nouns, organisation words. Lower-cased
 * keys; periods dropped ("Sen." → "sen").
 */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Capitalised titles before a personal name ("Sen. Patty Murray", "President Joe Biden"). */
export const TITLES = set(`
  mr mrs ms miss mx dr prof professor sen senator rep representative congressman congresswoman gov governor
  gen general lt lieutenant col colonel maj major sgt sergeant capt captain cmdr commander adm admiral
  president vice secretary minister prime chancellor premier judge justice mayor ambassador commissioner
  director chairman chairwoman chairperson chair ceo cfo coo chief speaker leader king queen prince princess pope
  sir dame lord lady rev reverend father bishop cardinal rabbi imam sheikh attorney deputy acting
  spokesman spokeswoman spokesperson treasurer auditor inspector superintendent sheriff marshal detective
  officer agent coach hon st saint emperor sultan ayatollah president-elect former then
  councilman councilwoman councillor councilor alderman alderwoman assemblyman assemblywoman trustee
  businessman businesswoman chancellor-elect
`);

/** Role nouns (lower case in running text): "Pentagon spokesman", "a senior official". */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople official officials minister secretary analyst analysts
  director chairman chairwoman chairperson chair ceo cfo chief executive president vice-president senator representative
  congressman congresswoman governor mayor ambassador envoy diplomat diplomats adviser advisor aide aides
  lawyer attorney prosecutor judge leader nominee candidate candidates strategist economist economists
  expert experts researcher researchers scientist professor head founder owner manager commander general
  officer officers source sources negotiator negotiators lawmaker lawmakers legislator member members
  secretary-general commissioner host anchor reporter correspondent columnist editor writer author
  president-elect premier chancellor governor-elect treasurer partner investor investors trader traders
  strategist coach captain player activist activists organizer organiser campaigner campaigners critic
  critics supporter supporters resident residents witness witnesses worker workers voter voters
  representative spokesmen counsel director-general chairperson administrator inspector investigator
  investigators pollster historian son daughter wife husband mother father brother sister mother-in-law
  boss superintendent sheriff marshal detective agent monarch king queen prince pope bishop priest
  presenter producer photographer student students teacher doctor doctors nurse engineer pilot
  councilman councilwoman councillor councilor alderman assemblyman assemblywoman supplier dealer employee
  shopkeeper farmer driver resident neighbor neighbour passenger bystander businessman businesswoman entrepreneur epidemiologist pediatrician physician surgeon scientist researcher
`);

/** Role heads that always name a group or an unnamed person, never one named individual. */
export const ANON_HEADS = set(`
  official officials source sources analyst analysts expert experts aide aides diplomat diplomats
  lawmaker lawmakers investigators economists critics supporters residents witnesses workers voters person
  traders investors officers negotiators members activists people spokespeople campaigners researchers
  observers authorities prosecutors regulators insiders strategists pollsters
`);

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
  petroleum oil steel mining railways railway shipping
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
  ['newspaper', /\b(Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Globe|Daily|News|Star|Mail|Examiner|Chronicle)\b/],
  ['paper', /\b(Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Globe|Daily|News|Star|Mail|Chronicle)\b/],
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

/** Nationality and party adjectives that precede titles and names ("Russian", "Republican"). */
export const AFFILIATIONS = set(`
  american u.s us british uk english scottish welsh irish french german italian spanish portuguese dutch
  belgian swiss austrian swedish norwegian danish finnish polish czech hungarian romanian bulgarian greek
  turkish russian ukrainian belarusian georgian armenian iranian iraqi syrian israeli palestinian lebanese
  jordanian saudi egyptian libyan moroccan algerian tunisian nigerian kenyan ethiopian south north east
  west chinese japanese korean taiwanese vietnamese thai indian pakistani afghan bangladeshi indonesian
  filipino malaysian australian canadian mexican brazilian argentine argentinian chilean colombian
  venezuelan cuban european african asian arab western republican democratic democrat democrats
  republicans conservative labour liberal independent gop socialist green federal state national
  former acting deputy senior top chief
`);

/** Capitalised words that are never part of a personal name. */
export const NOT_NAME = set(`
  the a an and or but of in on at for to by with from as he she they it we i you his her their its our
  this that these those there here when while after before since during following however meanwhile
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december today yesterday tomorrow last next earlier later also
`);

/** Pronouns that can be a speaker, with their gender/number class. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'],
]);

/** Roles and honorifics that tell a person's gender. */
export const MALE_MARKERS = set('mr spokesman congressman councilman assemblyman businessman alderman chairman king prince father brother son husband sir lord');
export const FEMALE_MARKERS = set('mrs ms miss spokeswoman congresswoman councilwoman assemblywoman businesswoman alderwoman chairwoman queen princess mother sister daughter wife dame lady');

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
