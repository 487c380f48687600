import { describe, expect, it } from 'vitest';
import { detectClaims, scoreSentence } from '../../../analysis/claims/index';
import {
  creditSuffixStart,
  datelinePrefixEnd,
  type FurnitureKind,
  furnitureKind,
  listMarkerEnd,
  readFurniture,
} from '../../../analysis/claims/page-furniture';
import { splitSentences } from '../../../analysis/segment/sentences';
import type { TextRegion } from '../../../analysis/types';

const detect = (text: string) => detectClaims(text, splitSentences(text));

/** The part of a sentence left to score once furniture is cut. */
const kept = (sentence: string) => {
  const r = readFurniture(sentence);
  return r.kind ? undefined : sentence.slice(r.start, r.end);
};

const FURNITURE: Array<[FurnitureKind, string[]]> = [
  [
    'citation',
    [
      'Mein Smith 2005, p. 6.',
      'Retrieved 14 January 2011.',
      'Retrieved April 28, 2017.',
      '2018. Retrieved 18 September 2018.',
      'Archived from the original on 3 March 2016.',
      'Cambridge University Press. pp. 47–66.',
    ],
  ],
  [
    'byline',
    [
      'By Jane Doe',
      'BY JANE DOE AND JOHN ROE, Staff Writers',
      'By Jane Doe and John Roe, staff writer',
      'Jane Doe Read more',
      'date 2024-03-05 (Example Wire) Jane Doe Read more',
      '3/4/2021 9:15 AM EST BY NEWS STAFF',
      'Written by Jane Doe | Updated 3 hours ago',
      'Posted 3 hours ago by Jane Doe',
    ],
  ],
  [
    'dateline',
    [
      'Feb. 21, 2019',
      'Published Thursday 27 July 2017',
      'Updated 14:03 GMT',
      'Last updated: 3 hours ago',
      'Example Wire, March 4, 2021',
      'Example NewsMarch 4, 2021',
      'Posted on 2021-03-04T10:15:00Z',
      'Mar 4, 2021 · 6 min read',
    ],
  ],
  [
    'credit',
    [
      'Photo: AFP',
      'Getty Images',
      'AFP via Getty Images',
      '(Photo by Jane Doe/Getty Images)',
      '(All photos: Jane Doe)',
      'Top photo by Jane Doe',
      'Image courtesy of NASA',
      'Illustration: Jane Doe for Example Magazine',
      'Jane Doe/Getty Images',
      'Powered by ExampleMaps',
    ],
  ],
  [
    'related',
    [
      'Read more',
      'READ MORE: Unemployment falls to a 50-year low',
      'Related: Unemployment falls to a 50-year low',
      'Related stories',
      'More on the election: Turnout hits a record',
      'Advertisement',
      'Comments (12 posted)',
      'Gallery: New phone hands-on | 12 Photos',
      'Continue reading the main story',
    ],
  ],
  ['navigation', ['Home | World | Business | Sport', 'Print edition | Archive | Subscribe']],
  [
    'social',
    [
      'Follow us on Twitter',
      'Follow Jane Doe on Instagram @janedoe',
      'Follow him on X or email him at jdoe@example.com',
      'Jane Doe is on Twitter at janedoe.',
      'Share on Facebook',
      'Facebook Twitter Email',
    ],
  ],
  [
    'copyright',
    [
      '© 2024 Example Media Ltd. All rights reserved.',
      'Copyright 2024 The Example Press.',
      'This material may not be published, broadcast, rewritten or redistributed.',
    ],
  ],
  [
    'newsletter',
    [
      'Sign up for our newsletter',
      'SIGN UP FOR OUR DAILY NEWSLETTER',
      'Get the best of our reporting delivered to your inbox every morning.',
      'Subscribe now',
    ],
  ],
  [
    'note',
    [
      'This article originally appeared on Example Magazine.',
      'A version of this article appears in print on Page A1.',
      'Jane Doe and John Roe contributed reporting.',
      'Reporting by Jane Doe; Editing by John Roe',
      'Jane Doe is a Washington correspondent for the Example Times.',
      'Jane Doe covers the Supreme Court.',
    ],
  ],
  ['player', ['Current Time 0:00', 'Remaining Time -2:15', 'Progress: 0%', '0:00 / 2:35']],
];

describe('page furniture: whole lines', () => {
  for (const [kind, lines] of FURNITURE) {
    it(`recognises ${kind} lines`, () => {
      for (const line of lines)
        expect([line, furnitureKind(line) ?? readFurniture(line).kind]).toEqual([line, kind]);
    });
  }

  it('never lists a furniture line as a claim, though the model alone scores some highly', () => {
    const lines = FURNITURE.flatMap(([, l]) => l);
    const modelFlags = lines.filter((l) => scoreSentence(l).score >= 0.5);
    expect(modelFlags.length).toBeGreaterThan(5);
    for (const line of lines) expect([line, detect(line)]).toEqual([line, []]);
  });

  it('leaves prose that ends on a page or opens with a date alone', () => {
    for (const line of [
      'The report, published by the ministry on 14 January 2011, found that exports fell by a third, as its authors note on p. 6.',
      'Retrieved from the river on Monday, the wreck was taken to the port.',
      '15 February 2005 was the day the Kyoto Protocol came into force.',
    ]) {
      expect([line, furnitureKind(line)]).toEqual([line, undefined]);
    }
    // A date alone on its line is a dateline, whatever the list it sits in.
    expect(furnitureKind('15 February 2005.')).toBe('dateline');
  });

  it('leaves statements that only look like furniture alone', () => {
    const statements = [
      'By 2030, emissions will fall by 35 percent.',
      'By Friday, the deadline had passed.',
      'On November 8, 2016, Americans elected a new president.',
      'Biden Wins Election On November 3',
      'The United States is a member of NATO.',
      'Source: the ministry of finance said spending rose 4 percent.',
      'The president is on Twitter every day.',
      'The oil industry contributed 12 percent of output in 2019.',
      'More from the city council later this week.',
      'It was passed only by Democrats.',
      'The photo was taken in 2019 (the photo shows a boy).',
      'Watch the economy: it grew 3 percent.',
    ];
    for (const s of statements) expect([s, kept(s)]).toEqual([s, s]);
  });
});

describe('page furniture: dateline prefixes and credit suffixes', () => {
  const CLAIM = 'The Senate voted 52-48 to confirm the nominee on Tuesday.';

  it('cuts dateline and byline prefixes and keeps the statement', () => {
    for (const prefix of [
      'WASHINGTON, Nov 3 — ',
      'WASHINGTON, Nov 3 (Reuters) — ',
      'WASHINGTON (Reuters) - ',
      '(Reuters) - ',
      'NEW YORK — ',
      'NEW YORK (AP) -- ',
      'KYIV, Ukraine — ',
      'Washington (CNN) — ',
      'Nov. 3, 2020 -- ',
      '12:00 PM PT -- ',
      'date 2024-03-05 (Example Wire) ',
      'By Jane Doe | ',
    ]) {
      const line = prefix + CLAIM;
      expect([line, datelinePrefixEnd(line)]).toEqual([line, prefix.length]);
      expect(kept(line)).toBe(CLAIM);
    }
  });

  it('keeps transcript pauses, shouted words and bracketed names in the statement', () => {
    for (const line of [
      '-- I have supported the fight for 15.',
      'I-- I-- I saw the report on Tuesday.',
      'GDP -- Our GDP grew 1 percent.',
      'PLEASE SHARE - Basic measures avoid 90 percent of infections.',
      'WHO (World Health Organization) Member states agreed to the plan.',
      'Secretary Clinton... (CROSSTALK)',
    ]) {
      expect([line, datelinePrefixEnd(line)]).toEqual([line, 0]);
    }
  });

  it('cuts a trailing photo credit from a caption', () => {
    const caption = 'Protesters gather outside parliament on Monday.';
    for (const credit of [
      ' (AP Photo/Jane Doe)',
      ' Photograph: Jane Doe/AFP/Getty Images',
      ' Jane Doe/AFP via Getty Images',
      ' REUTERS/Jane Doe',
    ]) {
      expect([credit, creditSuffixStart(caption + credit)]).toEqual([credit, caption.length]);
    }
    expect(creditSuffixStart(CLAIM)).toBe(CLAIM.length);
  });

  it('scores a claim after a dateline prefix as the claim alone, on exact offsets', () => {
    const claim =
      'Unemployment fell to 3.9 percent in April, the lowest rate since 2000, the ministry said.';
    const text = `Jane Doe Read more\n\nWASHINGTON, May 4 (Reuters) — ${claim}\n\nPhoto: AFP`;
    const claims = detect(text);
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(c!.text).toBe(claim);
    expect(text.slice(c!.start, c!.end)).toBe(claim);
    expect(c!.score).toBe(Math.round(scoreSentence(claim).score * 1e4) / 1e4);
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    expect(c!.kinds).toContain('statistic');
  });
});

describe('page furniture: list markers', () => {
  it('cuts the marker of a numbered or bulleted item and scores the item alone', () => {
    expect(listMarkerEnd('7. Mini bars almost always lose money')).toBe(3);
    expect(listMarkerEnd('(3) If a library with that name exists')).toBe(4);
    expect(listMarkerEnd('12) The Square')).toBe(4);
    expect(listMarkerEnd('• Prices rose 4% in May')).toBe(2);
    expect(kept('10. United States')).toBe('United States');
    const text =
      'The ten best places to retire\n\n3. Australia\n\n4. Hotel rooms are priced by what they cost to build';
    const claims = detect(text);
    expect(claims.map((c) => c.text)).not.toContain('3. Australia');
    expect(claims.some((c) => c.text.startsWith('3.') || c.text === 'Australia')).toBe(false);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(claims.some((c) => c.text.startsWith('4.'))).toBe(false);
  });

  it('leaves years, counts and decimals that open a sentence alone', () => {
    expect(listMarkerEnd('2024. That was the year prices rose.')).toBe(0);
    expect(listMarkerEnd('150. That is how many were hurt.')).toBe(0);
    expect(listMarkerEnd('3.5 million people voted.')).toBe(0);
    expect(listMarkerEnd('3. the rest in lower case')).toBe(0);
    expect(listMarkerEnd('Unemployment fell to 3.9 percent.')).toBe(0);
  });
});

describe('claims and the page layout', () => {
  const statistic = 'Unemployment fell to 3.9 percent in April, the lowest rate since 2000.';

  it('lists no claim in code, nor in a heading written as a label', () => {
    const heading = 'Inflation hits 9 percent in 2022';
    const code = 'SELECT count(*) FROM votes WHERE year = 2020;';
    const text = `${heading}\n\n${statistic}\n\n${code}`;
    const regions: TextRegion[] = [
      { start: 0, end: heading.length, kind: 'heading' },
      { start: text.indexOf(code), end: text.length, kind: 'code' },
    ];
    const withLayout = detectClaims(text, splitSentences(text), undefined, regions).map(
      (c) => c.text,
    );
    expect(withLayout).toEqual([statistic]);
    // Without the layout the same text lists the heading: the regions are what leave it out.
    const without = detect(text).map((c) => c.text);
    expect(without).toContain(heading);
  });

  it('lists no claim in a citation, but reads a sentence that only names a source in it', () => {
    const reference =
      'Smith, J. (2011). Unemployment fell to 3.9 percent in 2010. Retrieved 4 May 2012.';
    const cited = `As The Lancet reported, ${statistic}`;
    const text = `${cited}\n\n${reference}`;
    const lancet = text.indexOf('The Lancet');
    const regions: TextRegion[] = [
      { start: lancet, end: lancet + 'The Lancet'.length, kind: 'citation' },
      { start: text.indexOf(reference), end: text.length, kind: 'citation' },
    ];
    const claims = detectClaims(text, splitSentences(text), undefined, regions).map((c) => c.text);
    expect(claims).toEqual([cited]);
    expect(detect(text).map((c) => c.text)).toContain('Unemployment fell to 3.9 percent in 2010.');
  });

  it('reads a heading written as a sentence (a summary under the title) as prose', () => {
    const summary = 'Unemployment fell to 3.9 percent in April, its lowest rate since 2000.';
    const text = `${summary}\n\nThe ministry published the figures on Friday.`;
    const regions: TextRegion[] = [{ start: 0, end: summary.length, kind: 'heading' }];
    const claims = detectClaims(text, splitSentences(text), undefined, regions);
    expect(claims.map((c) => c.text)).toContain(summary);
  });
});
