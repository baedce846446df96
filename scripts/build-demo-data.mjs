#!/usr/bin/env node
// Builds the demo's monitor JSON (CONTRACT §3, version 1) from the real public data in
// ../shared/data/real/ (override: env LEIDEN_SHARED_DATA, the `real` directory itself).
//
//   node scripts/build-demo-data.mjs
//
// Writes demo/data/leiden-internationalisering.json, demo/data/non-dutch-nationality.json and
// demo/data/SOURCES.md. The output is deterministic (fixed key and row order, 2-space indent,
// trailing newline, a hard-coded `updated` date), so the committed files only change when the
// data or this script do. Plain Node ESM, no dependencies.
//
// Honesty rules: every number is either copied from a source, derived from source numbers by
// a formula stated in the indicator's description, or — for exactly one indicator — invented
// and flagged with `sample: true` plus "voorbeelddata / sample data" in its label and source.

import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** Date written to `updated`. Change it by hand when the data are rebuilt on purpose. */
const UPDATED = '2026-11-25';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.LEIDEN_SHARED_DATA
  ? resolve(process.env.LEIDEN_SHARED_DATA)
  : resolve(REPO_ROOT, '../shared/data/real');
const OUT_DIR = join(REPO_ROOT, 'demo', 'data');

const CBS_STATLINE = 'https://opendata.cbs.nl/statline/';
const LEIDEN_IN_CIJFERS = 'https://leiden.incijfers.nl/';
/** CBS's missing/secret sentinel in the Kerncijfers wijken en buurten tables. */
const CBS_MISSING = '-99999999';

// ---------------------------------------------------------------------------------------------
// Reading

/** A small RFC 4180 CSV reader (quotes, doubled quotes, CRLF). Returns objects keyed by header. */
function readCsv(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Parses a CBS number; empty or the missing sentinel give null. Throws on anything else. */
function cbsNumber(text, where) {
  const t = (text ?? '').trim();
  if (t === '' || t === CBS_MISSING) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`not a number at ${where}: ${JSON.stringify(text)}`);
  return n;
}

const round1 = (n) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Shared dimensions and categories

const COMPARATORS = [
  {id: 'GM0546', label: 'Leiden'},
  {id: 'GM0503', label: 'Delft'},
  {id: 'GM0344', label: 'Utrecht'},
  {id: 'GM0014', label: 'Groningen'},
  {id: 'GM0363', label: 'Amsterdam'},
  {id: 'NL01', label: {nl: 'Nederland', en: 'The Netherlands'}},
];

const FLOWS = [
  {id: 'arrival', label: {nl: 'Vestiging uit het buitenland', en: 'Arrivals from abroad'}},
  {id: 'departure', label: {nl: 'Vertrek naar het buitenland', en: 'Departures abroad'}},
];

const BACKGROUNDS = [
  {id: 'western', label: {nl: 'Westerse migratieachtergrond', en: 'Western migration background'}},
  {id: 'non-western', label: {nl: 'Niet-westerse migratieachtergrond', en: 'Non-western migration background'}},
];

const GROUPS = [
  {id: 'knowledge-workers', label: {nl: 'Kennismigranten', en: 'Knowledge workers'}},
  {id: 'labour-migrants', label: {nl: 'Arbeidsmigranten', en: 'Labour migrants'}},
  {id: 'students', label: {nl: 'Internationale studenten', en: 'International students'}},
  {id: 'refugees', label: {nl: 'Statushouders', en: 'Refugees (residence permit holders)'}},
];

const THEMES = [
  {id: 'population', label: {nl: 'Bevolking', en: 'Population'}},
  {id: 'migration', label: {nl: 'Vestiging en vertrek', en: 'Arrivals and departures'}},
  {id: 'districts', label: {nl: 'Wijken', en: 'Districts'}},
  {id: 'groups', label: {nl: 'Groepen internationals', en: 'Groups of internationals'}},
];

const PERIOD_DIMENSION = {label: {nl: 'Jaar', en: 'Year'}, role: 'time'};

// ---------------------------------------------------------------------------------------------
// a. CBS population dynamics 2012–2023

function buildCbsDynamics() {
  const file = join(SHARED, 'cbs-bevolkingsontwikkeling-2012-2023', 'leiden_region_population_dynamics_2012_2023.csv');
  const rows = readCsv(file).filter((r) => r.Sex === 'T001038'); // "Total male and female"
  /** code → period → row */
  const byRegion = new Map();
  for (const r of rows) {
    const code = r.Regions.trim(); // CBS pads codes: "NL01  "
    const m = /^(\d{4})JJ00$/.exec(r.Periods.trim());
    if (!m) throw new Error(`unexpected CBS period ${r.Periods}`);
    if (!byRegion.has(code)) byRegion.set(code, new Map());
    byRegion.get(code).set(m[1], r);
  }
  const leiden = byRegion.get('GM0546');
  if (!leiden) throw new Error('GM0546 missing from the CBS file');
  const years = [...leiden.keys()].sort();

  const num = (row, col) => cbsNumber(row[col], `${row.Regions.trim()} ${row.Periods} ${col}`);

  const migration = [];
  for (const year of years) {
    const row = leiden.get(year);
    migration.push({period: year, flow: 'arrival', value: num(row, 'DueToImmigration_10')});
    migration.push({period: year, flow: 'departure', value: num(row, 'DueToEmigrationIncludingAdministr_14')});
  }

  const population = years.map((year) => ({
    period: year,
    area: 'GM0546',
    value: num(leiden.get(year), 'PopulationOn1January_1'),
  }));

  const perThousand = [];
  for (const year of years) {
    for (const area of COMPARATORS) {
      const row = byRegion.get(area.id)?.get(year);
      if (!row) throw new Error(`CBS row missing: ${area.id} ${year}`);
      const immigration = num(row, 'DueToImmigration_10');
      const pop = num(row, 'PopulationOn1January_1');
      const value = immigration === null || !pop ? null : round1((immigration / pop) * 1000);
      perThousand.push({period: year, area: area.id, value});
    }
  }
  return {years, migration, population, perThousand};
}

// ---------------------------------------------------------------------------------------------
// b. CBS Kerncijfers wijken en buurten 2017: migration background per district

function buildDistricts2017() {
  const dir = join(SHARED, 'cbs-open-data-v4-2017');
  const wijken = readCsv(join(dir, 'leiden_wijken_2017.csv'))
    .filter((r) => r.GM_CODE === 'GM0546')
    .sort((a, b) => (a.WK_CODE < b.WK_CODE ? -1 : a.WK_CODE > b.WK_CODE ? 1 : 0));
  const [gemeente] = readCsv(join(dir, 'leiden_gemeente_2017.csv')).filter((r) => r.GM_CODE === 'GM0546');
  if (wijken.length !== 10 || !gemeente) throw new Error('expected 10 Leiden wijken and the GM0546 row for 2017');

  const areas = wijken.map((r) => ({id: r.WK_CODE, label: r.WK_NAAM}));
  const observations = [];
  const push = (code, row) => {
    for (const [group, col] of [['western', 'P_WEST_AL'], ['non-western', 'P_N_W_AL']]) {
      const value = cbsNumber(row[col], `${code} ${col}`);
      observations.push(
        value === null
          ? {period: '2017', area: code, group, value: null, status: 'confidential'}
          : {period: '2017', area: code, group, value},
      );
    }
  };
  for (const r of wijken) push(r.WK_CODE, r);
  push('GM0546', gemeente);
  return {areas, observations};
}

// ---------------------------------------------------------------------------------------------
// c. Published monitor facts (only values whose reference year is unambiguous)

function buildFacts() {
  const facts = readJson(join(SHARED, 'leiden-monitor-facts', 'leiden_internationalisering_facts.json'));
  /** Picks the one series entry with this indicator and value, so a changed file fails loudly. */
  const pick = (indicator, value) => {
    const hits = facts.series.filter((s) => s.indicator === indicator && s.value === value);
    if (hits.length !== 1) throw new Error(`facts: expected one ${indicator} = ${value}, found ${hits.length}`);
    return hits[0];
  };
  const url = (id) => {
    const u = facts.sources[id]?.url;
    if (!/^https?:\/\//.test(u ?? '')) throw new Error(`facts: source ${id} has no http(s) url`);
    return u;
  };
  // Reference years: 2023 = monitor 2023, peildatum 1 Jan 2023 (cross-checked against CBS: 16,643 and
  // 43,837 / 127,089). 2022 = monitor 2022 (S1); for nationality also "1 Jan 2022" in S7.
  // Left out on purpose: 11.2 (S2, year label ambiguous), 12 ("first monitor, 2020", rounded, its
  // reference date unknown and at odds with S2's 11.2 "in 2020"), and the undated 11.0 and 31.3 (S8).
  const nationality = [pick('pct_non_dutch_nationality', 11.6), pick('pct_non_dutch_nationality', 13.1)];
  const background = [pick('pct_migratieachtergrond', 32.9), pick('pct_migratieachtergrond', 34.5)];
  for (const s of [...nationality, ...background]) if (!s.sources.includes('S1')) throw new Error('facts: S1 expected');
  return {
    nationality: [
      {period: '2022', area: 'GM0546', value: nationality[0].value},
      {period: '2023', area: 'GM0546', value: nationality[1].value},
    ],
    background: [
      {period: '2022', area: 'GM0546', value: background[0].value},
      {period: '2023', area: 'GM0546', value: background[1].value},
    ],
    s1: url('S1'),
  };
}

// ---------------------------------------------------------------------------------------------
// d. Sample data (invented, flagged)

/** INVENTED numbers (plausible orders of magnitude only). NOT Leiden's figures. */
const SAMPLE_GROUPS = {
  'knowledge-workers': [1650, 1720, 1810, 1960, 2100],
  'labour-migrants': [2300, 2250, 2380, 2600, 2750],
  students: [4200, 3900, 4450, 4900, 5300],
  refugees: [640, 600, 660, 980, 1050],
};
const SAMPLE_YEARS = ['2019', '2020', '2021', '2022', '2023'];

function buildSample() {
  const observations = [];
  for (const [i, year] of SAMPLE_YEARS.entries()) {
    for (const g of GROUPS) observations.push({period: year, group: g.id, value: SAMPLE_GROUPS[g.id][i]});
  }
  return observations;
}

// ---------------------------------------------------------------------------------------------
// Documents

const cbsSource = (nl, en) => ({name: {nl: `CBS StatLine: ${nl}`, en: `CBS StatLine: ${en}`}, url: CBS_STATLINE});

function indicatorNonDutchNationality(facts) {
  return {
    id: 'non-dutch-nationality',
    theme: 'population',
    label: {
      nl: 'Leidenaren met een niet-Nederlandse nationaliteit',
      en: 'Leiden residents with a non-Dutch nationality',
    },
    description: {
      nl:
        'Aandeel inwoners van Leiden met een niet-Nederlandse nationaliteit (wie ook de Nederlandse nationaliteit heeft, telt als Nederlander), op 1 januari, zoals gepubliceerd in de Monitor internationalisering 2022 en 2023 van de gemeente Leiden en overgenomen in openbare artikelen. ' +
        'Alleen jaren die de bronnen eenduidig noemen zijn opgenomen; oudere cijfers (11,2 % en 12 % rond 2020, 11,0 % zonder datum) zijn weggelaten omdat hun peiljaar onduidelijk is.',
      en:
        'Share of Leiden residents with a non-Dutch nationality (dual nationals holding Dutch nationality count as Dutch), on 1 January, as published in the gemeente Leiden Monitor internationalisering 2022 and 2023 and reported in public articles. ' +
        'Only years the sources state unambiguously are included; older figures (11.2% and 12% around 2020, an undated 11.0%) are left out because their reference year is unclear.',
    },
    unit: 'percent',
    decimals: 1,
    dimensions: ['period', 'area'],
    source: {
      name: {
        nl: 'Gemeente Leiden, Monitor internationalisering (via Sleutelstad / Leiden International Centre)',
        en: 'Gemeente Leiden, Monitor internationalisering (via Sleutelstad / Leiden International Centre)',
      },
      url: facts.s1,
    },
    observations: facts.nationality,
  };
}

function buildMonitor(cbs, districts, facts, sample) {
  const first = cbs.years[0];
  const last = cbs.years[cbs.years.length - 1];
  return {
    format: 'leiden-monitor',
    version: 1,
    id: 'leiden-internationalisering-demo',
    title: {
      nl: 'Monitor internationalisering Leiden (demo)',
      en: 'Leiden internationalisation monitor (demo)',
    },
    source: {
      name: {nl: 'Leiden in Cijfers / CBS', en: 'Leiden in Cijfers / Statistics Netherlands (CBS)'},
      url: LEIDEN_IN_CIJFERS,
    },
    updated: UPDATED,
    themes: THEMES,
    dimensions: {
      period: PERIOD_DIMENSION,
      area: {
        label: {nl: 'Gebied', en: 'Area'},
        categories: [...COMPARATORS, ...districts.areas],
      },
      flow: {label: {nl: 'Richting', en: 'Direction'}, categories: FLOWS},
      group: {label: {nl: 'Groep', en: 'Group'}, categories: [...BACKGROUNDS, ...GROUPS]},
    },
    indicators: [
      {
        id: 'population',
        theme: 'population',
        label: {nl: 'Inwoners van Leiden op 1 januari', en: 'Population of Leiden on 1 January'},
        description: {
          nl: `Aantal inwoners van de gemeente Leiden op 1 januari, ${first}–${last}.`,
          en: `Number of inhabitants of the municipality of Leiden on 1 January, ${first}–${last}.`,
        },
        unit: 'count',
        decimals: 0,
        dimensions: ['period', 'area'],
        source: cbsSource(
          'Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per regio',
          'Population dynamics; birth, death and migration per region',
        ),
        observations: cbs.population,
      },
      indicatorNonDutchNationality(facts),
      {
        id: 'migration-background',
        theme: 'population',
        label: {
          nl: 'Leidenaren met een migratieachtergrond',
          en: 'Leiden residents with a migration background',
        },
        description: {
          nl:
            'Aandeel inwoners van Leiden met een migratieachtergrond (zelf in het buitenland geboren of minstens één ouder in het buitenland geboren; CBS-begrip), zoals gepubliceerd in de Monitor internationalisering 2022 en 2023. ' +
            'Het cijfer voor 2023 (34,5 %) klopt met 43.837 personen op de CBS-bevolking van 1 januari 2023; dat 2022 ook 1 januari betreft is aangenomen. Een ongedateerd cijfer (31,3 %) is weggelaten.',
          en:
            'Share of Leiden residents with a migration background (born abroad or with at least one parent born abroad; CBS concept), as published in the Monitor internationalisering 2022 and 2023. ' +
            'The 2023 figure (34.5%) matches 43,837 persons over the CBS population on 1 January 2023; that 2022 also refers to 1 January is assumed. An undated figure (31.3%) is left out.',
        },
        unit: 'percent',
        decimals: 1,
        dimensions: ['period', 'area'],
        source: {
          name: {
            nl: 'Gemeente Leiden, Monitor internationalisering (via Sleutelstad / Leiden International Centre)',
            en: 'Gemeente Leiden, Monitor internationalisering (via Sleutelstad / Leiden International Centre)',
          },
          url: facts.s1,
        },
        // format extension `notes`: a definition note, not a break, because both published values
        // (2022, 2023) still use the old concept; there is no value on the other side of the change
        notes: [
          {
            id: 'herkomst',
            kind: 'definition',
            text: {
              nl:
                'CBS vervangt het begrip migratieachtergrond vanaf 2022/2023 door een indeling naar herkomst (geboorteland van de persoon en van de ouders). ' +
                'Beide cijfers hier gebruiken nog het oude begrip, zoals de Monitor ze publiceerde; cijfers naar herkomst zijn er niet zonder meer mee te vergelijken.',
              en:
                "CBS is replacing the concept 'migration background' with a classification by origin (country of birth of the person and of the parents) from 2022/2023. " +
                'Both figures here still use the old concept, as the Monitor published them; figures by origin are not directly comparable with them.',
            },
          },
        ],
        observations: facts.background,
      },
      {
        id: 'international-migration',
        theme: 'migration',
        label: {
          nl: 'Vestiging uit en vertrek naar het buitenland, Leiden',
          en: 'Arrivals from and departures abroad, Leiden',
        },
        description: {
          nl:
            `Aantal personen dat zich per jaar vanuit het buitenland in Leiden vestigde (immigratie) en dat naar het buitenland vertrok (emigratie, inclusief administratieve afvoeringen), ${first}–${last}. ` +
            'Dit zijn alle inwoners, niet alleen internationals: de dichtstbijzijnde openbare CBS-maat voor vestiging en vertrek van internationals.',
          en:
            `Number of people per year who settled in Leiden from abroad (immigration) and who left for abroad (emigration, including administrative removals), ${first}–${last}. ` +
            'These are all residents, not only internationals: the closest public CBS measure of internationals arriving and leaving.',
        },
        unit: 'count',
        decimals: 0,
        dimensions: ['period', 'flow'],
        source: cbsSource(
          'Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per regio',
          'Population dynamics; birth, death and migration per region',
        ),
        observations: cbs.migration,
      },
      {
        id: 'immigration-per-1000',
        theme: 'migration',
        label: {
          nl: 'Vestiging uit het buitenland per 1000 inwoners',
          en: 'Arrivals from abroad per 1,000 inhabitants',
        },
        description: {
          nl:
            `Berekend: vestiging uit het buitenland in een jaar gedeeld door het aantal inwoners op 1 januari van dat jaar, maal 1000, afgerond op 1 decimaal (CBS-cijfers, ${first}–${last}). ` +
            'Leiden vergeleken met andere universiteitssteden en met Nederland. CBS publiceert zelf geen cijfer per 1000 voor immigratie; dit is een afgeleide waarde.',
          en:
            `Computed: arrivals from abroad in a year divided by the population on 1 January of that year, times 1,000, rounded to 1 decimal (CBS figures, ${first}–${last}). ` +
            'Leiden compared with other university cities and the Netherlands. CBS does not publish a per-1,000 rate for immigration itself; this is a derived value.',
        },
        unit: 'per-1000',
        decimals: 1,
        dimensions: ['period', 'area'],
        source: cbsSource(
          'Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per regio (bewerking)',
          'Population dynamics; birth, death and migration per region (computed)',
        ),
        observations: cbs.perThousand,
      },
      {
        id: 'migration-background-districts-2017',
        theme: 'districts',
        label: {
          nl: 'Migratieachtergrond per wijk, 2017',
          en: 'Migration background by district, 2017',
        },
        description: {
          nl:
            'Aandeel inwoners met een westerse en met een niet-westerse migratieachtergrond per Leidse wijk en voor heel Leiden, 1 januari 2017, in hele procenten zoals CBS ze publiceert (kolommen P_WEST_AL en P_N_W_AL). ' +
            'Samen vormen ze het aandeel met een migratieachtergrond; door afronding kan de som 1 procentpunt afwijken. Wijkindeling 2017 (gelijk aan die van 2023).',
          en:
            'Share of residents with a western and with a non-western migration background per Leiden district and for Leiden as a whole, 1 January 2017, in whole percentages as published by CBS (columns P_WEST_AL and P_N_W_AL). ' +
            'Together they make up the share with a migration background; rounding may make the sum differ by 1 point. District boundaries of 2017 (the same as in 2023).',
        },
        unit: 'percent',
        decimals: 0,
        dimensions: ['period', 'area', 'group'],
        source: cbsSource('Kerncijfers wijken en buurten 2017', 'Key figures for districts and neighbourhoods 2017'),
        observations: districts.observations,
      },
      {
        id: 'internationals-by-group-sample',
        theme: 'groups',
        label: {
          nl: 'Internationals naar groep (voorbeelddata / sample data)',
          en: 'Internationals by group (voorbeelddata / sample data)',
        },
        description: {
          nl:
            'VOORBEELDDATA: verzonnen getallen die alleen laten zien hoe deze grafiek eruitziet. Het zijn GEEN cijfers van de gemeente Leiden; ' +
            'de echte aantallen kennismigranten, arbeidsmigranten, internationale studenten en statushouders staan in de Monitor internationalisering op Leiden in Cijfers.',
          en:
            'SAMPLE DATA: invented numbers that only show what this chart looks like. They are NOT figures of the municipality of Leiden; ' +
            'the real numbers of knowledge workers, labour migrants, international students and refugees are in the Monitor internationalisering on Leiden in Cijfers.',
        },
        unit: 'count',
        decimals: 0,
        dimensions: ['period', 'group'],
        sample: true,
        source: {
          name: {
            nl: 'Voorbeelddata / sample data (verzonnen, geen bron)',
            en: 'Voorbeelddata / sample data (invented, no source)',
          },
        },
        observations: sample,
      },
    ],
  };
}

function buildNationalityDocument(facts) {
  return {
    format: 'leiden-monitor',
    version: 1,
    id: 'leiden-non-dutch-nationality',
    title: {
      nl: 'Leidenaren met een niet-Nederlandse nationaliteit',
      en: 'Leiden residents with a non-Dutch nationality',
    },
    source: {
      name: {nl: 'Leiden in Cijfers / CBS', en: 'Leiden in Cijfers / Statistics Netherlands (CBS)'},
      url: LEIDEN_IN_CIJFERS,
    },
    updated: UPDATED,
    themes: [THEMES[0]],
    dimensions: {
      period: PERIOD_DIMENSION,
      area: {label: {nl: 'Gebied', en: 'Area'}, categories: [COMPARATORS[0]]},
    },
    indicators: [indicatorNonDutchNationality(facts)],
  };
}

// ---------------------------------------------------------------------------------------------
// Checking (CONTRACT §3) — the generated files must pass before they are written

const PERIOD_RE = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
const isText = (t) =>
  typeof t === 'string' ||
  (t !== null && typeof t === 'object' && Object.keys(t).length > 0 && Object.values(t).every((v) => typeof v === 'string'));

function check(doc, name) {
  const fail = (path, msg) => {
    throw new Error(`${name}: ${path}: ${msg}`);
  };
  if (doc.format !== 'leiden-monitor') fail('format', 'must be "leiden-monitor"');
  if (doc.version !== 1) fail('version', 'must be 1');
  if (!isText(doc.title)) fail('title', 'localised text');
  if (!/^https?:\/\//.test(doc.source?.url ?? '')) fail('source.url', 'http(s) only');
  const themes = new Set(doc.themes.map((t) => t.id));
  const ids = new Set();
  for (const [id, dim] of Object.entries(doc.dimensions)) {
    if (!isText(dim.label)) fail(`dimensions.${id}.label`, 'localised text');
    if (dim.role !== 'time' && !Array.isArray(dim.categories)) fail(`dimensions.${id}.categories`, 'required');
    const seen = new Set();
    for (const [i, c] of (dim.categories ?? []).entries()) {
      if (seen.has(c.id)) fail(`dimensions.${id}.categories[${i}].id`, 'duplicate');
      if (!isText(c.label)) fail(`dimensions.${id}.categories[${i}].label`, 'localised text');
      seen.add(c.id);
    }
  }
  for (const [i, ind] of doc.indicators.entries()) {
    const at = `indicators[${i}]`;
    if (ids.has(ind.id)) fail(`${at}.id`, 'duplicate');
    ids.add(ind.id);
    if (ind.theme && !themes.has(ind.theme)) fail(`${at}.theme`, 'undeclared theme');
    for (const k of ['label', 'description']) if (!isText(ind[k])) fail(`${at}.${k}`, 'localised text');
    if (ind.source?.url !== undefined && !/^https?:\/\//.test(ind.source.url)) fail(`${at}.source.url`, 'http(s) only');
    if (!isText(ind.source?.name)) fail(`${at}.source.name`, 'every demo indicator names its source');
    if (ind.sample) {
      for (const t of [ind.label.nl, ind.label.en, ind.source.name.nl, ind.source.name.en]) {
        if (!t.includes('voorbeelddata / sample data') && !t.toLowerCase().includes('voorbeelddata / sample data'))
          fail(`${at}`, 'sample data must say "voorbeelddata / sample data" in label and source');
      }
    }
    for (const d of ind.dimensions) if (!doc.dimensions[d]) fail(`${at}.dimensions`, `undeclared dimension ${d}`);
    const coords = new Set();
    for (const [j, o] of ind.observations.entries()) {
      const oat = `${at}.observations[${j}]`;
      const keys = Object.keys(o).filter((k) => k !== 'value' && k !== 'status');
      if (keys.sort().join() !== [...ind.dimensions].sort().join()) fail(oat, 'must name exactly the indicator dimensions');
      for (const d of ind.dimensions) {
        const dim = doc.dimensions[d];
        if (dim.role === 'time') {
          if (!PERIOD_RE.test(o[d])) fail(`${oat}.${d}`, `bad period id ${o[d]}`);
          if (dim.categories && !dim.categories.some((c) => c.id === o[d])) fail(`${oat}.${d}`, 'undeclared period');
        } else if (!dim.categories.some((c) => c.id === o[d])) fail(`${oat}.${d}`, `undeclared category ${o[d]}`);
      }
      if (!(o.value === null || (typeof o.value === 'number' && Number.isFinite(o.value)))) fail(`${oat}.value`, 'finite number or null');
      const key = ind.dimensions.map((d) => o[d]).join('|');
      if (coords.has(key)) fail(oat, 'duplicate coordinates');
      coords.add(key);
    }
    if (!ind.observations.length) fail(`${at}.observations`, 'empty');
  }
}

// ---------------------------------------------------------------------------------------------
// SOURCES.md

function sourcesMarkdown(cbs, facts) {
  const [first, last] = [cbs.years[0], cbs.years[cbs.years.length - 1]];
  return `# Demo data: sources

Generated by \`npm run demo-data\` (do not edit by hand): \`scripts/demo-data.mjs\` converts the CBS files with the
\`leiden-monitor convert\` command (metadata in \`demo/data-src/\`) for \`population\`, \`international-migration\` and
\`migration-background-districts-2017\`, and merges them with the rest, built by \`scripts/build-demo-data.mjs\`.
\`updated\` in the documents is the build date ${UPDATED}, fixed in the script so the output is deterministic.

| file | indicators |
| --- | --- |
| \`leiden-internationalisering.json\` | \`population\`, \`non-dutch-nationality\`, \`migration-background\`, \`international-migration\`, \`immigration-per-1000\`, \`migration-background-districts-2017\`, \`internationals-by-group-sample\` |
| \`non-dutch-nationality.json\` | \`non-dutch-nationality\` (the same indicator, alone, for the simplest embed) |

## Real data

### CBS StatLine — population dynamics per region (${first}–${last})
Statistics Netherlands (CBS), "Bevolkingsontwikkeling; levend geborenen, overledenen en migratie per regio"
(English key names as in StatLine table 37259ENG; identified from the column names), open data, CC BY 4.0,
"Bron: CBS". <${CBS_STATLINE}>. Taken from a public re-publication (GitHub \`ValenteMendez/population-dynamics-netherlands\`,
commit \`b6758b42d24f\`); see \`../shared/data/real/cbs-bevolkingsontwikkeling-2012-2023/PROVENANCE.md\`.
Rows "Total male and female" (\`T001038\`); CBS's padded region codes trimmed (\`"NL01  "\` → \`NL01\`).

- \`population\` — \`PopulationOn1January_1\` for GM0546 Leiden, copied.
- \`international-migration\` — \`DueToImmigration_10\` (vestiging uit het buitenland, flow \`arrival\`) and
  \`DueToEmigrationIncludingAdministr_14\` (vertrek naar het buitenland incl. administratieve afvoeringen, flow
  \`departure\`) for GM0546, copied. All residents, not only internationals.
- \`immigration-per-1000\` — **derived**: \`DueToImmigration_10 / PopulationOn1January_1 × 1000\`, rounded to
  1 decimal, for GM0546 Leiden, GM0503 Delft, GM0344 Utrecht, GM0014 Groningen, GM0363 Amsterdam and NL01
  Nederland. (CBS's own ratio columns use a different denominator; this one is ours.)

### CBS — Kerncijfers wijken en buurten 2017
CBS "Wijk- en buurtkaart 2017" attribute table (reference date 1 January 2017), CC BY, "Bron: CBS", from CBS's
own example repository \`statistiekcbs/CBS-Open-Data-v4\`; see \`../shared/data/real/cbs-open-data-v4-2017/PROVENANCE.md\`.

- \`migration-background-districts-2017\` — \`P_WEST_AL\` (western) and \`P_N_W_AL\` (non-western migration
  background), whole percentages as published by CBS, copied, for the 10 Leiden wijken (WK054600–WK054609,
  names from \`WK_NAAM\`) and GM0546 Leiden (from \`leiden_gemeente_2017.csv\`). CBS's missing sentinel
  \`-99999999\` would become \`null\` (none occurs for Leiden). Not derived: no totals are computed.

### Gemeente Leiden, Monitor internationalisering — published figures
As reported in public articles (the monitor itself was not available); see
\`../shared/data/real/leiden-monitor-facts/PROVENANCE.md\`. Indicator source: S1, <${facts.s1}>.

- \`non-dutch-nationality\` — 2022: 11.6 % (S1 "monitor 2022"; S7 says 1 January 2022), 2023: 13.1 % (S1, S3, S6;
  monitor 2023, 1 January 2023 — 16,643 / 127,089 = 13.10 % checks out against CBS). Copied.
- \`migration-background\` — 2022: 32.9 %, 2023: 34.5 % (S1; 43,837 / 127,089 = 34.49 % checks out). Copied;
  that the 2022 figure refers to 1 January 2022 is an assumption.
- **Left out** because their reference year is ambiguous or missing: 11.2 % (S2, "in 2020", year labels unclear),
  12 % (first monitor 2020, rounded, reference date unknown, inconsistent with S2's 11.2 % "in 2020"),
  11.0 % and 31.3 % (S8, undated). Note also that S2 (October 2021) seems to place 11.6 % a year earlier than
  S1/S7 do; we follow S1 and S7.

## Sample data (invented)

- \`internationals-by-group-sample\` — **VOORBEELDDATA / SAMPLE DATA**. Counts of kennismigranten
  (knowledge workers), arbeidsmigranten (labour migrants), internationale studenten (international students) and
  statushouders (refugees) for 2019–2023 are **invented** (only the orders of magnitude are meant to be plausible).
  These figures are not public in the data we have, and they are **not** Leiden's. The indicator has
  \`"sample": true\`, and its label and source name say "voorbeelddata / sample data".

## Licences
CBS open data: CC BY 4.0 — "Bron: CBS". Monitor figures: facts attributed to gemeente Leiden and the cited
publishers; no text reproduced.
`;
}

// ---------------------------------------------------------------------------------------------

function write(file, text) {
  writeFileSync(join(OUT_DIR, file), text);
  console.log(`wrote demo/data/${file}`);
}

/** Indicators `npm run demo-data` converts from the CBS files with the CLI (scripts/demo-data.mjs). */
const CONVERTED_BY_CLI = new Set(['population', 'international-migration', 'migration-background-districts-2017']);

/**
 * `--rest-to FILE`: write only the indicators the CLI does not convert (derived, published facts,
 * sample) to FILE, plus non-dutch-nationality.json and SOURCES.md; scripts/demo-data.mjs merges.
 */
function restTo(file) {
  const cbs = buildCbsDynamics();
  const districts = buildDistricts2017();
  const facts = buildFacts();
  const monitor = buildMonitor(cbs, districts, facts, buildSample());
  const nationality = buildNationalityDocument(facts);
  check(monitor, 'leiden-internationalisering.json');
  check(nationality, 'non-dutch-nationality.json');
  const rest = {...monitor, indicators: monitor.indicators.filter((indicator) => !CONVERTED_BY_CLI.has(indicator.id))};
  mkdirSync(OUT_DIR, {recursive: true});
  writeFileSync(file, JSON.stringify(rest, null, 2) + '\n');
  write('non-dutch-nationality.json', JSON.stringify(nationality, null, 2) + '\n');
  write('SOURCES.md', sourcesMarkdown(cbs, facts));
}

function main() {
  const restIndex = process.argv.indexOf('--rest-to');
  if (restIndex > 0) return restTo(resolve(process.argv[restIndex + 1]));
  const cbs = buildCbsDynamics();
  const districts = buildDistricts2017();
  const facts = buildFacts();
  const sample = buildSample();

  const monitor = buildMonitor(cbs, districts, facts, sample);
  const nationality = buildNationalityDocument(facts);
  check(monitor, 'leiden-internationalisering.json');
  check(nationality, 'non-dutch-nationality.json');

  mkdirSync(OUT_DIR, {recursive: true});
  write('leiden-internationalisering.json', JSON.stringify(monitor, null, 2) + '\n');
  write('non-dutch-nationality.json', JSON.stringify(nationality, null, 2) + '\n');
  write('SOURCES.md', sourcesMarkdown(cbs, facts));
}

main();
