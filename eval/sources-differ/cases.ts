/**
 * Hand-labelled pairs of reports from two invented outlets, written for this evaluation (no real
 * outlet, person or event). `differs` says whether a careful reader would note a difference
 * between the two sources; `kind` which one.
 */
export interface DifferCase {
  name: string;
  a: { outlet: string; date: string; text: string };
  b: { outlet: string; date: string; text: string };
  differs: false | 'number' | 'attribution' | 'wording';
}

const A = (text: string, date = '2025-04-10') => ({ outlet: 'Northgate Echo', date, text });
const B = (text: string, date = '2025-04-10') => ({ outlet: 'Southbank Times', date, text });

export const CASES: DifferCase[] = [
  {
    name: 'evacuee count differs on the same day',
    a: A('About 800 people were evacuated from the river district overnight, the fire service said.'),
    b: B('About 950 people were evacuated from the river district overnight, according to the council.'),
    differs: 'number',
  },
  {
    name: 'cost differs a day apart',
    a: A('The repairs to the ferry pier will cost 3 million euros, the port authority said.'),
    b: B('The port authority said the repairs to the ferry pier would cost 4 million euros.', '2025-04-11'),
    differs: 'number',
  },
  {
    name: 'same quote, different speaker',
    a: A('"We will rebuild every house that the water took from us," Governor Alma Restrepo said.'),
    b: B('"We will rebuild every house that the water took from us," said deputy mayor Kwame Osei.'),
    differs: 'attribution',
  },
  {
    name: 'one speaker, reworded quote',
    a: A('"The pumps will run day and night until the streets are dry," said engineer Lotte Brandt.'),
    b: B('"The pumps will keep running day and night until the streets are dry," Brandt said.'),
    differs: 'wording',
  },
  {
    name: 'same figure in other words',
    a: A('About 800 people were evacuated from the river district overnight.'),
    b: B('Overnight, about 800 people had to leave the river district, officials said.'),
    differs: false,
  },
  {
    name: 'different quantities counted in the same unit',
    a: A('The storm damaged 40 houses in the river district, the council said.'),
    b: B('Volunteers will paint 12 houses near the school next spring, the charity said.'),
    differs: false,
  },
  {
    name: 'a count that grew over a week',
    a: A('About 800 people were evacuated from the river district, the fire service said.'),
    b: B(
      'About 1,400 people have now been evacuated from the river district, the fire service said.',
      '2025-04-17',
    ),
    differs: false,
  },
  {
    name: 'a correction naming both figures',
    a: A('About 800 people were evacuated from the river district overnight, the fire service said.'),
    b: B('About 950 people, not 800 as first reported, were evacuated from the river district overnight.'),
    differs: false,
  },
  {
    name: 'an excerpt of the same quote',
    a: A('"The pumps will run day and night until the streets are dry," said engineer Lotte Brandt.'),
    b: B('Brandt promised that "the pumps will run day and night," but gave no date.'),
    differs: false,
  },
  {
    name: 'two different quotes by one speaker',
    a: A('"The pumps will run day and night until the streets are dry," said engineer Lotte Brandt.'),
    b: B('"Nobody should drive through the flooded underpass this week," Brandt told reporters.'),
    differs: false,
  },
  {
    name: 'a short quote two people both said',
    a: A('"We are ready," said Governor Alma Restrepo.'),
    b: B('"We are ready," said deputy mayor Kwame Osei.'),
    differs: false,
  },
  {
    name: 'a market figure on different days',
    a: A('The harbour index fell by 2.1% on Monday, the exchange said.'),
    b: B('The harbour index rose by 4.5% on Wednesday, the exchange said.', '2025-04-12'),
    differs: false,
  },
  {
    name: 'two figures in one outlet only',
    a: A('Of the 800 people evacuated, 120 spent the night in the school gym.'),
    b: B('The school gym was opened to evacuees overnight.'),
    differs: false,
  },
  {
    name: 'dates and years are not quantities',
    a: A('The bridge, built in 1962, will close on May 4, the council said.'),
    b: B('The bridge, built in 1964, will close on May 6, the council said.'),
    differs: false,
  },
];
