/**
 * The built-in vision: Leiden's "Visie internationalisering", adopted by the city council on
 * 17 September 2020, as a vision document (the same shape `src` loads). Data, not UI strings:
 * the texts are summaries in our own words of the municipality's public page
 * (../shared/seed/leiden-internationalisering.txt), in Dutch and English.
 *
 * The page lists the policy domains under the fourth goal ("inzetten op internationalisering, bij
 * onder andere de beleidsterreinen …"), so that goal touches all six. Which domains goals 1–3
 * touch is our reading of their wording, not the council's text; change it here if the
 * municipality reads it otherwise.
 *
 * `indicators` link goals to ids of Leiden's monitor document (demo/data/leiden-internationalisering.json);
 * they are used only when the element has `monitor-src`.
 */
import type {VisionDocument} from './vision-format.js';

export const LEIDEN_VISION: VisionDocument = {
  format: 'leiden-vision',
  version: 1,
  id: 'leiden-visie-internationalisering-2020',
  title: {nl: 'Visie internationalisering', en: 'Internationalisation vision'},
  adopted: '2020-09-17',
  adoptedBy: {nl: 'de gemeenteraad van Leiden', en: 'Leiden city council'},
  source: {name: {nl: 'Gemeente Leiden', en: 'Municipality of Leiden'}, url: 'https://www.leiden.nl/'},
  goals: [
    {
      id: 'opportunities',
      title: {nl: 'Kansen benutten', en: 'Make the most of the opportunities'},
      description: {
        nl: 'De stad en haar partners halen zoveel mogelijk uit wat een internationale bevolking en internationale contacten Leiden te bieden hebben.',
        en: 'The city and its partners get the most out of what an international population and international ties bring to Leiden.',
      },
      domains: ['knowledge-economy', 'education'],
      indicators: [{id: 'non-dutch-nationality'}],
    },
    {
      id: 'partnership',
      title: {nl: 'Samen knelpunten oplossen', en: 'Solve bottlenecks together'},
      description: {
        nl: 'Waar internationalisering tot problemen leidt, zoekt de gemeente de oplossing samen met organisaties uit Leiden en de regio.',
        en: 'Where internationalisation causes problems, the municipality looks for solutions together with organisations from Leiden and the region.',
      },
      domains: ['social', 'urban-housing', 'public-services'],
    },
    {
      id: 'talent',
      title: {nl: 'Talent naar Leiden halen', en: 'Bring talent to Leiden'},
      description: {
        nl: 'Leiden gebruikt zijn naam als stad van internationale kennis en historische cultuur om talent uit binnen- en buitenland aan te trekken.',
        en: 'Leiden uses its name as a city of international knowledge and historic culture to attract talent from the Netherlands and abroad.',
      },
      domains: ['knowledge-economy', 'education', 'urban-housing'],
      indicators: [{id: 'international-migration', filter: 'flow=arrival'}],
    },
    {
      id: 'policy-domains',
      title: {nl: 'Internationalisering in het beleid', en: 'Internationalisation in every policy area'},
      description: {
        nl: 'De gemeente geeft internationalisering een plaats in haar werk op een reeks beleidsterreinen, van integratie en ontmoeting tot wonen en dienstverlening.',
        en: 'The municipality makes internationalisation part of its work across a range of policy areas, from integration and encounter to housing and public services.',
      },
      domains: ['social', 'health-sport', 'education', 'knowledge-economy', 'urban-housing', 'public-services'],
      indicators: [{id: 'migration-background'}],
    },
  ],
  domains: [
    {id: 'social', label: {nl: 'Sociaal domein (integratie en ontmoeting)', en: 'Social domain (integration and encounter)'}},
    {id: 'health-sport', label: {nl: 'Gezondheid en sport', en: 'Health and sport'}},
    {id: 'education', label: {nl: 'Onderwijs', en: 'Education'}},
    {id: 'knowledge-economy', label: {nl: 'Kennis en economie', en: 'Knowledge and economy'}},
    {id: 'urban-housing', label: {nl: 'Stedelijke ontwikkeling en wonen', en: 'Urban development and housing'}},
    {id: 'public-services', label: {nl: 'Dienstverlening', en: 'Public services'}},
  ],
};
