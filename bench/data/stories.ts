/**
 * A hand-grouped story set for `npm run bench:cluster`: fictional events, each reported by
 * several invented outlets in their own words (written for this benchmark, no third-party
 * text), plus unrelated articles that share places or organisations with them. `story` is
 * the hand-assigned group; singletons have their own.
 */
export interface HandArticle {
  story: string;
  site: string;
  published: string;
  title: string;
  body: string;
}

const a = (story: string, site: string, published: string, title: string, body: string): HandArticle => ({
  story,
  site,
  published,
  title,
  body,
});

export const HAND_STORIES: readonly HandArticle[] = [
  a('quake', 'north.example', '2024-04-02T06:10:00Z', 'Strong earthquake shakes Valparaíso region',
    'A magnitude 6.8 earthquake struck off the coast of Valparaíso early on Tuesday, shaking buildings in Santiago. Chile\'s emergency agency Senapred ordered the evacuation of coastal areas as a precaution. No deaths were reported in the first hours.'),
  a('quake', 'south.example', '2024-04-02T09:45:00Z', 'Chile lifts tsunami alert after Valparaíso quake',
    'Senapred lifted its tsunami warning for the Valparaíso coast on Tuesday morning, hours after a strong undersea earthquake. Residents returned to their homes as engineers inspected roads and ports for damage.'),
  a('quake', 'wire.example', '2024-04-03T12:00:00Z', 'Ports reopen after earthquake off central Chile',
    'The ports of Valparaíso and San Antonio reopened on Wednesday after the earthquake that struck the central coast of Chile. Officials said cranes and docks were undamaged and that shipping would return to normal within days.'),
  a('airline', 'biz.example', '2024-04-05T08:00:00Z', 'Nordwind Air pilots vote to strike over pay',
    'Pilots at Nordwind Air voted to strike after talks on a new pay deal collapsed, their union said on Friday. The walkout would ground most of the airline\'s flights from Hamburg and Frankfurt next week.'),
  a('airline', 'daily.example', '2024-04-06T10:30:00Z', 'Strike threat: Nordwind cancels flights',
    'Nordwind Air began cancelling flights for next week as its pilots prepared to walk out in a dispute over pay. The union demands a rise of twelve percent; the airline has offered six.'),
  a('airline', 'wire.example', '2024-04-08T16:20:00Z', 'Nordwind Air and pilots reach last-minute pay deal',
    'Nordwind Air and its pilots\' union reached an agreement on pay late on Monday, calling off a strike that would have grounded flights from Hamburg and Frankfurt. Pilots will receive a nine percent rise over two years.'),
  a('election', 'north.example', '2024-04-10T20:00:00Z', 'Marovia votes in tight presidential run-off',
    'Voters in Marovia cast ballots on Wednesday in a presidential run-off between former finance minister Ilse Varga and opposition leader Tomas Brandt. Turnout was high in the capital, Kastel, electoral officials said.'),
  a('election', 'daily.example', '2024-04-11T07:30:00Z', 'Varga claims victory in Marovia run-off',
    'Ilse Varga declared victory in Marovia\'s presidential election on Thursday with most ballots counted, taking about 53 percent of the vote. Tomas Brandt said he would wait for the final count before conceding.'),
  a('election', 'wire.example', '2024-04-12T11:15:00Z', 'Brandt concedes as Varga wins Marovia presidency',
    'Opposition leader Tomas Brandt conceded defeat on Friday, congratulating Ilse Varga on her election as president of Marovia. International observers said the vote had been orderly.'),
  a('vaccine', 'health.example', '2024-04-15T09:00:00Z', 'Regulator approves first malaria vaccine for infants made in Ghana',
    'Ghana\'s Food and Drugs Authority approved a malaria vaccine produced in Accra for use in infants, the first made in the country. The maker, Kpone Biologics, said it could supply two million doses a year.'),
  a('vaccine', 'south.example', '2024-04-15T14:40:00Z', 'Ghana-made malaria shot gets green light',
    'A malaria vaccine manufactured by Kpone Biologics near Accra won approval from Ghana\'s drugs regulator on Monday. Health officials plan to offer the shot to infants in the northern regions first.'),
  a('vaccine', 'wire.example', '2024-04-17T08:05:00Z', 'Malaria vaccine rollout to start in northern Ghana',
    'Ghana will begin giving the locally made malaria vaccine to infants in its northern regions next month, the health ministry said, after regulators approved the Kpone Biologics shot.'),
  a('bridge', 'city.example', '2024-04-20T07:00:00Z', 'Old Mill Bridge closed after cracks found',
    'Engineers closed the Old Mill Bridge in Harwick on Saturday after finding cracks in two of its supports. Buses will be diverted through the town centre until repairs are made.'),
  a('bridge', 'daily.example', '2024-04-21T12:30:00Z', 'Harwick bridge shut indefinitely, council says',
    'Harwick council said the Old Mill Bridge would stay closed indefinitely while engineers assess cracks in its supports. Shop owners near the river fear a drop in trade.'),
  a('bridge', 'city.example', '2024-04-23T18:45:00Z', 'Temporary crossing planned for Old Mill Bridge',
    'The council will build a temporary footbridge beside the closed Old Mill Bridge in Harwick within three weeks. Repairs to the cracked supports could take most of the year.'),
  a('chess', 'sport.example', '2024-04-25T21:00:00Z', 'Teenager Ana Petrescu wins Lisbon chess open',
    'Sixteen-year-old Ana Petrescu won the Lisbon Chess Open on Thursday, beating three grandmasters on her way to the title. She became the youngest winner in the tournament\'s history.'),
  a('chess', 'daily.example', '2024-04-26T08:30:00Z', 'Petrescu, 16, youngest ever Lisbon Open champion',
    'Ana Petrescu took the Lisbon Chess Open with a final-round win, the youngest champion since the event began. The Romanian teenager said she had not expected to finish in the top ten.'),
  a('drought', 'farm.example', '2024-04-28T06:00:00Z', 'Drought cuts Andalusian olive harvest forecast',
    'Farmers in Andalusia expect the olive harvest to fall by a third after the driest spring in decades, a growers\' association said. Olive oil prices have already risen sharply in Spanish shops.'),
  a('drought', 'biz.example', '2024-04-29T13:10:00Z', 'Olive oil prices climb as Spain\'s drought deepens',
    'Olive oil prices rose again this week as drought in southern Spain threatened the harvest. Producers in Andalusia say irrigation limits have left many groves without water since February.'),
  a('drought', 'wire.example', '2024-04-30T10:00:00Z', 'Spain to aid olive growers hit by drought',
    'The Spanish government will offer loans and tax relief to olive growers in Andalusia hit by the drought, the agriculture minister said on Tuesday.'),
  // Unrelated articles sharing places or organisations with the stories above.
  a('santiago-metro', 'south.example', '2024-04-04T09:00:00Z', 'Santiago opens new metro line',
    'Santiago opened its seventh metro line on Thursday, linking the northern suburbs to the city centre. The line will carry about 300 000 passengers a day.'),
  a('hamburg-port', 'biz.example', '2024-04-09T09:00:00Z', 'Hamburg port container traffic rises',
    'Container traffic at the port of Hamburg rose four percent in the first quarter, helped by more trade with Asia, the port authority said.'),
  a('accra-football', 'sport.example', '2024-04-16T19:00:00Z', 'Accra side wins league title',
    'Hearts of Accra won the league title on Tuesday with two games to spare after a 2-0 win at home. Their coach praised the young squad.'),
  a('lisbon-tram', 'city.example', '2024-04-26T10:00:00Z', 'Lisbon restores historic tram route',
    'Lisbon restored the historic tram 24 route on Friday after years of work on the tracks. Residents of the hilltop districts had campaigned for its return.'),
  a('andalusia-tourism', 'daily.example', '2024-04-29T09:00:00Z', 'Record tourist numbers in Andalusia',
    'Andalusia welcomed a record number of foreign tourists in March, the regional government said, with visitors from Britain and Germany leading the rise.'),
];
