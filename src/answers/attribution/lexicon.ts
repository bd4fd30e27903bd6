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
  woman man narrator announcer singer actor actress comedian musician
`);

/** Role heads that always name a group or an unnamed person, never one named individual. */
export const ANON_HEADS = set(`
  official officials source sources analyst analysts expert experts aide aides diplomat diplomats
  lawmaker lawmakers investigators economists critics supporters residents witnesses workers voters person
  traders investors officers negotiators members activists people spokespeople campaigners researchers
  observers authorities prosecutors regulators insiders strategists pollsters
`);

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
  although though whereas unless because if data figures polls results evidence numbers statistics
  another other each every some many most several such all both either neither none nobody everyone someone
`);

/** Pronouns that can be a speaker, with their gender/number class. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neuter'],
]);

/** Roles and honorifics that tell a man. */
export const MALE_MARKERS = set(
  'mr spokesman congressman councilman assemblyman businessman alderman chairman king prince father brother son husband sir lord',
);
/** Roles and honorifics that tell a woman. */
export const FEMALE_MARKERS = set(
  'mrs ms miss spokeswoman congresswoman councilwoman assemblywoman businesswoman alderwoman chairwoman queen princess mother sister daughter wife dame lady',
);

export { DOCUMENT_HEADS, INSTITUTION_HEADS, ORG_ROLE_NOUNS, ORG_WORDS, PLACES } from './org-lexicon.js';
