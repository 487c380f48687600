import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CAPS_CITY,
  DATE,
  DATELINE_DASH,
  META_LABEL,
  REGION,
  SOURCE_TAG,
  TIME,
  TITLE_CITY,
} from '../../../analysis/claims/furniture-patterns';
import { lazyRegex } from '../../../analysis/claims/lazy-regex';
import {
  datelinePrefixEnd,
  type PrefixPart,
  prefixEndWith,
} from '../../../analysis/claims/page-furniture';

/** A capitalised name word, as the byline step spells it. */
const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*";

/**
 * The dateline prefix as first written: every step one sticky pattern with its look-aheads inline.
 * The shipped steps (gated, composed, compiled on first use) must end every prefix at the same place.
 */
const REFERENCE_STEPS: Array<[PrefixPart, RegExp]> = [
  ['label', new RegExp(`${META_LABEL}\\s*(?=${DATE}|${TIME})`, 'iuy')],
  ['when', new RegExp(`,?\\s*${DATE}(?:,?\\s*(?:at\\s+)?${TIME})?\\s*`, 'iuy')],
  ['when', new RegExp(`,?\\s*${TIME}\\s*`, 'iuy')],
  ['tag', new RegExp(`\\s*${SOURCE_TAG}\\s*`, 'uy')],
  [
    'place',
    new RegExp(
      `${CAPS_CITY}(?:${REGION}(?=\\s*(?:,\\s*${DATE}|${SOURCE_TAG}|${DATELINE_DASH}))|(?=\\s*(?:,\\s*${DATE}|${SOURCE_TAG}|\\s*[—–])))`,
      'uy',
    ),
  ],
  [
    'place',
    new RegExp(
      `${TITLE_CITY}${REGION}?(?=\\s*(?:,\\s*${DATE}\\s*)?${SOURCE_TAG}${DATELINE_DASH})`,
      'uy',
    ),
  ],
  [
    'byline',
    new RegExp(
      `[Bb][Yy]\\s+${NAME_WORD}(?:(?:\\s+and\\s+|,\\s*|\\s+)${NAME_WORD}){0,5}(?=\\s*(?:[|•·—–(]|--|-\\s|\\d))`,
      'uy',
    ),
  ],
  ['dash', new RegExp(`${DATELINE_DASH}|\\s*[|•·]\\s*`, 'uy')],
];

/** The prefix's end with every element found by the reference steps. */
function referencePrefixEnd(sentence: string): number {
  return prefixEndWith(sentence, (text, pos) => {
    for (const [part, re] of REFERENCE_STEPS) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > 0) return { part, end: pos + m[0].length };
    }
    return undefined;
  });
}

/** Every combination of a few prefix parts, in the cases and spellings that the gates must not miss. */
function prefixCases(): string[] {
  const labels = [
    '',
    'By Jane Doe',
    'Published',
    'PUBLISHED ON',
    'published once',
    'date',
    'Updated at',
    'Date:',
    'By',
    'read more',
    '5 min read',
  ];
  const places = [
    '',
    'Rio de Janeiro',
    'Vladimir Putin',
    'WASHINGTON',
    'NEW YORK,',
    'KYIV, Ukraine',
    'Rio de Janeiro,',
    'Washington, D.C.',
    'US,',
    'The Kremlin',
    'Putin, the president of Russia',
  ];
  const whens = [
    '',
    'Aug. 19, 2024',
    '19 AUGUST 2024',
    '2024-08-19',
    'monday, may 3',
    'ſep 3',
    'Aug. 19, 2024, 10:00 GMT',
    '19 August 2024 AT 9 a.m.',
    '3 hours ago',
    '7:11 am PST',
    ', 10 P.M.',
  ];
  const tags = ['', '(Reuters)', '(AP)', '(left)', '(WHO)', '( CNN Business )'];
  const dashes = ['', '—', ' - ', '--', '|', ':'];
  const rests = ['The minister said.', 'the deal', '"We will"', ''];
  const out: string[] = [];
  for (const l of labels)
    for (const p of places)
      for (const w of whens)
        for (const t of tags)
          for (const d of dashes)
            out.push([l, p, w, t, d, rests[out.length % rests.length]].join(' ').trim());
  return out;
}

describe('dateline prefix steps', () => {
  it('end every prefix where the patterns as first written end it', () => {
    const cases = prefixCases();
    const differing = cases.filter((s) => datelinePrefixEnd(s) !== referencePrefixEnd(s));
    expect(differing).toEqual([]);
    // The cases must exercise the steps, not only the sentences without a prefix.
    expect(cases.filter((s) => referencePrefixEnd(s) > 0).length).toBeGreaterThan(1000);
  });
});

describe('first-use cost', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('an article without datelines or bylines builds none of the large patterns', async () => {
    const lazy = await import('../../../analysis/claims/lazy-regex');
    const furniture = await import('../../../analysis/claims/page-furniture');
    const sentences = [
      'Recall that Baku, the capital of Azerbaijan, will host the 2024 UN Climate Change Conference (UNFCCC COP 29) in November.',
      'Vladimir Putin (left) met Ilham Aliyev — the two leaders signed six documents.',
      'US officials said the talks, held on Monday, were "constructive".',
      'The Russian president – who last visited in 2018 – arrived on Sunday.',
    ];
    for (const s of sentences) {
      furniture.cutFurniture(s);
      furniture.furnitureKind(s);
    }
    expect(lazy.builtLazySources()).toEqual([]);
    furniture.readFurniture('WASHINGTON, Nov 3 (Reuters) — The minister said.');
    expect(lazy.builtLazySources().length).toBeGreaterThan(0);
  });

  it('builds a lazy pattern once, on first use', () => {
    const get = lazyRegex('a+', 'y');
    expect(get()).toBe(get());
  });
});
