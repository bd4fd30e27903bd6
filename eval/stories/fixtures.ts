import { GLOBAL_SCOPE } from '../../src/articles/article.js';
import type { LabeledArticle } from './data.js';

/**
 * Fictional articles written for this project (places, people and companies are invented), in
 * four developing stories across outlets and months, plus look-alikes that are *not* the same
 * story: another bridge, another strike the same week, the same airline in unrelated news.
 */
function art(
  id: string,
  story: string,
  date: string,
  outlet: string,
  title: string,
  paragraphs: string[],
): LabeledArticle & { outlet: string } {
  return {
    id,
    story,
    date,
    outlet,
    title,
    text: paragraphs.join('\n\n'),
    scope: GLOBAL_SCOPE,
    duplicateOf: null,
  };
}

export const FIXTURE_ARTICLES: Array<LabeledArticle & { outlet: string }> = [
  // Story: the Tollmarsh Bridge collapse in Port Alden (ten days, three outlets).
  art(
    'fx-bridge-1',
    'bridge',
    '2025-03-03',
    'Alden Courier',
    'Tollmarsh Bridge collapses into the Wend River, four injured',
    [
      'A section of the Tollmarsh Bridge in Port Alden fell into the Wend River early on Monday, sending two cars and a delivery van into the water.',
      'Four people were taken to St. Brigid Hospital with injuries that officials described as serious but not life-threatening.',
      '"We heard a crack like thunder and then the deck was gone," said Mara Quillon, who runs a bakery near the east ramp.',
      'The 1962 steel span carries about 30,000 vehicles a day. City engineer Tobias Renn said divers were checking the wreckage.',
    ],
  ),
  art(
    'fx-bridge-2',
    'bridge',
    '2025-03-04',
    'Harbor Ledger',
    'Divers recover van as Port Alden counts cost of bridge failure',
    [
      'Divers lifted the delivery van from the Wend River on Tuesday, a day after the Tollmarsh Bridge gave way.',
      'Mayor Elena Vasko said ferries would run every fifteen minutes while the crossing stays closed. Commuters faced detours of up to forty minutes.',
      'Engineer Tobias Renn told reporters that corrosion in the bearings of the 1962 span was one line of inquiry.',
      'St. Brigid Hospital said two of the four injured had been released.',
    ],
  ),
  art(
    'fx-bridge-3',
    'bridge',
    '2025-03-08',
    'Wend Valley Times',
    'Inspection reports warned of Tollmarsh corrosion, documents show',
    [
      'Inspectors flagged rust in the bearings of the Tollmarsh Bridge three times since 2021, according to reports released by Port Alden on Friday.',
      'The reports, signed by city engineer Tobias Renn, recommended replacing the bearings "within 18 months". The work was postponed twice for lack of money.',
      'Councillor Ines Brack called for an independent inquiry. "People drove over that span every day trusting the city," she said.',
    ],
  ),
  art(
    'fx-bridge-4',
    'bridge',
    '2025-03-12',
    'Alden Courier',
    'Port Alden mayor orders independent inquiry after bridge collapse',
    [
      'Mayor Elena Vasko on Wednesday named retired judge Paulo Ferreira to lead an independent inquiry into the Tollmarsh Bridge collapse.',
      'The inquiry will examine why repairs to the corroded bearings were postponed, Vasko said, and will report by September.',
      'Tobias Renn, the city engineer, has been placed on leave while the inquiry proceeds. Ferries across the Wend River will keep running.',
    ],
  ),
  // Look-alike: a different bridge, same month.
  art(
    'fx-otherbridge',
    'otherbridge',
    '2025-03-10',
    'Northfield Post',
    'Maple Falls to repaint Kestrel Street bridge this summer',
    [
      'The town of Maple Falls will repaint the Kestrel Street bridge over Alder Creek in July, the public works office said on Monday.',
      'The footbridge, built in 1988, was last inspected in January and found sound. Works will close it for three weeks.',
      '"It is routine maintenance, nothing more," said public works director Hanna Oyelaran.',
    ],
  ),

  // Story: the Riverton teachers' strike (two weeks, three outlets).
  art(
    'fx-strike-1',
    'strike',
    '2025-04-01',
    'Riverton Daily',
    'Riverton teachers vote to strike over class sizes',
    [
      'Teachers in the Riverton school district voted by 87 percent to strike from next Monday, the Riverton Teachers Union announced.',
      'The union wants classes capped at 28 pupils and a 6 percent raise. The district has offered 3 percent and no cap.',
      '"Our members have run out of patience," union president Dalia Strom said.',
    ],
  ),
  art(
    'fx-strike-2',
    'strike',
    '2025-04-07',
    'Channel 9 Riverton',
    'Schools shut as Riverton teachers walk out',
    [
      'All 41 schools in the Riverton district closed on Monday as teachers began their strike over class sizes and pay.',
      'Picket lines formed outside Harlow High School, where union president Dalia Strom told the crowd that a cap of 28 pupils was "not a luxury".',
      'Superintendent Gregor Lenz said the district would not reopen talks until teachers return.',
    ],
  ),
  art('fx-strike-3', 'strike', '2025-04-15', 'Riverton Daily', 'Riverton strike ends with class-size deal', [
    'The Riverton teachers\u2019 strike ended on Tuesday after the district and the Riverton Teachers Union agreed to cap classes at 30 pupils and raise pay by 4.5 percent.',
    'Dalia Strom called the deal "a real step". Superintendent Gregor Lenz said schools would reopen on Thursday.',
    'Pupils will make up the lost days in June.',
  ]),
  // Look-alike: another strike, same week, another city and sector.
  art(
    'fx-nurses',
    'nurses',
    '2025-04-08',
    'Eastbrook Herald',
    'Eastbrook nurses stage one-day walkout over staffing',
    [
      'Nurses at Eastbrook General Hospital walked out for 24 hours on Tuesday, saying wards are dangerously short of staff.',
      'The Eastbrook Nurses Association wants 120 more nurses hired this year. Hospital chief Oren Malik said recruitment was already under way.',
      'Emergency care continued during the walkout.',
    ],
  ),

  // Story: the Skyward Air – Coastline Airways merger (fourteen months, four outlets).
  art(
    'fx-merger-1',
    'merger',
    '2024-02-12',
    'Business Wire Weekly',
    'Skyward Air agrees to buy Coastline Airways for $2.1 billion',
    [
      'Skyward Air said on Monday it had agreed to buy regional rival Coastline Airways for $2.1 billion in cash and shares, creating the country\u2019s third-largest carrier.',
      'Skyward chief executive Renata Olsen said the combined airline would keep both hubs, at Marlow and at Port Sable.',
      'The deal needs approval from the Transport Competition Board.',
    ],
  ),
  art(
    'fx-merger-2',
    'merger',
    '2024-07-30',
    'The Aviation Desk',
    'Competition board opens deep review of Skyward\u2013Coastline deal',
    [
      'The Transport Competition Board said on Tuesday it would open an in-depth review of Skyward Air\u2019s purchase of Coastline Airways, citing fares on routes from Port Sable.',
      'The two airlines together fly 70 percent of seats out of Port Sable. The board will decide by January.',
      'Renata Olsen said Skyward would offer to give up slots if needed.',
    ],
  ),
  art(
    'fx-merger-3',
    'merger',
    '2025-01-21',
    'Business Wire Weekly',
    'Skyward Air wins approval for Coastline takeover, gives up Port Sable slots',
    [
      'The Transport Competition Board approved Skyward Air\u2019s takeover of Coastline Airways on Tuesday after Skyward agreed to hand 14 daily slots at Port Sable to rivals.',
      'Chief executive Renata Olsen said the merger would close in March and the Coastline brand would be retired next year.',
    ],
  ),
  art(
    'fx-merger-4',
    'merger',
    '2025-04-02',
    'Marlow Evening News',
    'First flights under one roof as Skyward completes Coastline merger',
    [
      'Skyward Air completed its merger with Coastline Airways on Wednesday, and the first flights sold under a single code left Marlow and Port Sable in the morning.',
      'Renata Olsen thanked Coastline staff, who keep their jobs under the terms set by the Transport Competition Board.',
    ],
  ),
  // Look-alike: the same airline, an unrelated event.
  art(
    'fx-baggage',
    'baggage',
    '2024-08-15',
    'Marlow Evening News',
    'Skyward Air apologises after baggage system failure at Marlow',
    [
      'Skyward Air apologised on Thursday after a fault in the baggage belts at Marlow airport left about 3,000 suitcases behind over two days.',
      'The airline said a software update to the sorting system had failed. Passengers can claim up to $150 for essentials.',
      'Airport manager Luis Abara said the belts were working again by Thursday afternoon.',
    ],
  ),

  // Story: drought and water rationing in Valdora province (three months, three outlets).
  art(
    'fx-drought-1',
    'drought',
    '2025-06-02',
    'Valdora Observer',
    'Valdora declares drought as reservoirs fall to 31 percent',
    [
      'Valdora province declared a drought emergency on Monday after its three main reservoirs fell to 31 percent of capacity, the lowest level in two decades.',
      'Water minister Sofia Arkel asked households to cut use by a fifth and banned the filling of private pools.',
    ],
  ),
  art(
    'fx-drought-2',
    'drought',
    '2025-07-14',
    'Southern Wire',
    'Night-time water cuts begin across Valdora',
    [
      'Towns across Valdora began cutting mains water between midnight and 5 a.m. on Monday as the drought deepened and reservoirs dropped to 24 percent.',
      'Sofia Arkel, the provincial water minister, said tankers would supply hospitals and farms with livestock.',
      'Farmers in the Oster valley said the rationing came too late for this year\u2019s wheat.',
    ],
  ),
  art(
    'fx-drought-3',
    'drought',
    '2025-09-03',
    'Valdora Observer',
    'Rains ease Valdora drought but rationing stays',
    [
      'Three days of heavy rain lifted Valdora\u2019s reservoirs to 29 percent, but water minister Sofia Arkel said the night-time cuts would stay until levels pass 40 percent.',
      'The drought emergency declared in June remains in force, Arkel said.',
    ],
  ),
  // Look-alike: water news elsewhere.
  art('fx-flood', 'flood', '2025-07-16', 'Southern Wire', 'Flash floods cut roads in the Kessel hills', [
    'Flash floods closed four roads in the Kessel hills on Wednesday after a storm dropped 90 millimetres of rain in three hours.',
    'No one was hurt, said the regional emergency service, but about 200 homes lost power overnight.',
  ]),

  // Story: a developing story first covered as two events (dead fish in the Corran; a valve failure
  // at the Brandt Chemicals plant) until an inquiry links them: the link article bridges the two.
  art(
    'fx-spill-1',
    'spill',
    '2025-05-05',
    'Corran Valley Post',
    'Thousands of dead fish found along the Corran',
    [
      'Anglers found thousands of dead fish along an eight-kilometre stretch of the Corran River below Elsby on Monday morning.',
      'The regional environment agency closed the river to fishing and swimming and took water samples at six points.',
      '"The water smelled of solvent and the banks were white with trout," said angler Petra Voss.',
    ],
  ),
  art(
    'fx-spill-2',
    'spill',
    '2025-05-06',
    'Southern Wire',
    'Corran River closed as fish deaths spread downstream',
    [
      'Dead fish were reported as far downstream as Hollin Ford on Tuesday, and the environment agency extended its ban on fishing and swimming in the Corran River.',
      'Agency scientist Omar Quist said samples showed a chemical in the water but that tests to identify it would take several days.',
      'Farmers along the Corran were told not to let cattle drink from the river.',
    ],
  ),
  art(
    'fx-spill-3',
    'spill',
    '2025-05-07',
    'Elsby Herald',
    'Workers evacuated after valve fails at Brandt Chemicals plant',
    [
      'About forty workers were evacuated from the Brandt Chemicals plant in Elsby on Saturday night after a valve on a storage tank failed.',
      'Plant manager Dieter Lang said the leak was contained within the site and that no one was hurt.',
      'The company said the tank held a cleaning solvent used in making paint and that an engineering firm would inspect the valve.',
    ],
  ),
  art(
    'fx-spill-4',
    'spill',
    '2025-05-08',
    'Corran Valley Post',
    'Brandt Chemicals shuts storage tanks for inspection',
    [
      'Brandt Chemicals said on Thursday it had shut all six storage tanks at its Elsby plant while engineers inspect their valves, a week after one failed.',
      'Dieter Lang, the plant manager, said production of paint would stop for at least ten days and that the forty evacuated workers were back at work.',
    ],
  ),
  art(
    'fx-spill-5',
    'spill',
    '2025-05-12',
    'Southern Wire',
    'Corran River fish deaths traced to solvent leak at Brandt Chemicals plant',
    [
      'The environment agency said on Monday that the solvent which killed thousands of fish in the Corran River came from the Brandt Chemicals plant in Elsby, where a storage tank valve failed the night before the dead fish were found.',
      'Agency scientist Omar Quist said the samples taken below Elsby matched the cleaning solvent held in the tank, and that the leak had reached the river through a storm drain.',
      'Brandt Chemicals had said the leak was contained within the site. Plant manager Dieter Lang said the company would pay for the clean-up of the Corran and would cooperate with the agency.',
      'The ban on fishing and swimming in the river stays in place.',
    ],
  ),
  art(
    'fx-spill-6',
    'spill',
    '2025-05-20',
    'Elsby Herald',
    'Agency opens case against Brandt Chemicals over Corran leak',
    [
      'The environment agency opened a case against Brandt Chemicals on Tuesday over the solvent leak that killed fish along the Corran River.',
      'The company faces a fine of up to two million for letting the solvent from its Elsby plant reach a storm drain.',
      'Omar Quist said the Corran would be reopened to anglers once two weeks of samples came back clean.',
    ],
  ),
];
