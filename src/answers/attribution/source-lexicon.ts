/**
 * Word lists for sources that are not one named person: groups of people named together ("officials",
 * "F.B.I. agents") and documents that state things ("the report found", "the lawsuit alleges").
 * Lower-cased keys.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Plural nouns for people who speak together: the head of a group source ("union leaders said"). */
export const GROUP_NOUNS = set(`
  officials sources analysts experts aides advisers advisors diplomats lawmakers legislators senators
  representatives congressmen investigators prosecutors economists critics supporters opponents residents
  witnesses workers voters traders investors officers negotiators mediators members activists people
  spokespeople campaigners researchers scientists observers authorities regulators insiders strategists
  pollsters agents executives leaders managers employees staff staffers crews firefighters deputies
  troopers doctors nurses teachers parents students lawyers attorneys administrators controllers pilots
  respondents historians organizers organisers protesters police families relatives victims neighbors
  neighbours owners farmers customers passengers consumers bankers allies colleagues associates advocates
  democrats republicans authors judges engineers inspectors auditors physicians scholars academics
  commentators clergy ministers generals commanders soldiers troops guards engineers planners developers
  donors fans players coaches politicians
`);

/** Heads that name a body speaking as one rather than a set of people ("the team", "their union"). */
export const COLLECTIVE_BODIES = set(`
  team club panel jury committee board union council family government leadership management
`);

/** Documents that state, find or allege things, and so can be a statement's source. */
export const STATING_DOCUMENTS = set(`
  report reports study studies survey surveys poll polls audit audits review analysis analyses lawsuit
  lawsuits suit complaint indictment filing filings petition motion memo memos memorandum letter letters
  email emails document documents ad ads advertisement spot commercial book article editorial column paper
  forecast findings ruling opinion assessment statement transcript minutes records tweet message bulletin
  guidance
`);

/** Document heads that can stand for each other ("the survey … the report"). */
export const DOCUMENT_KINDS: readonly ReadonlySet<string>[] = [
  set(
    'report reports study studies survey surveys poll polls audit review analysis findings paper book assessment',
  ),
  set('lawsuit suit complaint filing filings petition motion indictment'),
  set('memo memos memorandum letter letters email emails message'),
  set('ad ads advertisement spot commercial'),
  set('ruling opinion'),
];
