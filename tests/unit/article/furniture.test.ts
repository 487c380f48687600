import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../analysis/analyze-text';
import { readBlockText } from '../../../page/article/block-text';
import { endNoteRegions } from '../../../page/article/end-notes';
import { extractArticle } from '../../../page/article/extract';
import { isTextFurniture } from '../../../page/article/furniture';
import { furnitureRegionKind } from '../../../page/article/furniture-regions';
import { loadPage, readFixture } from './load-page';

/** Reads `html` (the inside of an `<article>`) as extraction does: furniture out, furniture regions marked. */
function read(html: string): { text: string; regions: Array<[string, string]> } {
  const doc = loadPage(`<html><body><article>${html}</article></body></html>`);
  const read = readBlockText([doc.querySelector('article')!], isTextFurniture, furnitureRegionKind);
  const notes = endNoteRegions(read.paragraphs, read.text, read.regions);
  const regions = [...read.regions, ...notes].sort((a, b) => a.start - b.start);
  return {
    text: read.text,
    regions: regions.map((r) => [r.kind, read.text.slice(r.start, r.end)]),
  };
}

const STORY =
  '<p>The council voted on Tuesday to reopen the library, which closed in 2019 after a storm.</p>';

describe('furniture left out of the article text', () => {
  it('leaves out a media player’s control text, keeping the story around it', () => {
    const { text } = read(
      `${STORY}<div class="video-js"><video src="a.mp4"></video><div class="vjs-control-bar">` +
        '<button><span class="vjs-control-text">Play</span></button>' +
        '<div class="vjs-remaining-time"><span class="vjs-control-text">Remaining Time</span> -0:00</div>' +
        '<div class="jw-controls"><span>Fullscreen</span></div></div></div><p>Work starts in March.</p>',
    );
    expect(text).toBe(
      'The council voted on Tuesday to reopen the library, which closed in 2019 after a storm.\n\n' +
        'Work starts in March.',
    );
  });

  it('leaves out a photo credit and a byline label named by their class', () => {
    const { text } = read(
      `<div class="author_fmt">By<br>Staff Reporter</div>${STORY}` +
        '<figure><img src="a.jpg"><div class="attribution">JANE ROE/AGENCY/Picture Desk</div></figure>' +
        '<span class="photo-credit">Photograph: Jane Roe</span>',
    );
    expect(text).toBe(
      'The council voted on Tuesday to reopen the library, which closed in 2019 after a storm.',
    );
  });

  it('keeps a long block named "author" (a wrapper) and a link classed "keywords" inside a sentence', () => {
    const long = 'The library will open six days a week. '.repeat(4).trim();
    const { text } = read(
      `<div class="author-content"><p>${long}</p></div>` +
        '<p>Advances in <a class="keywords" href="/t/neuro">neuroscience</a> helped.</p>',
    );
    expect(text).toBe(`${long}\n\nAdvances in neuroscience helped.`);
  });

  it('leaves out a tag list: by class, or a label and topic links', () => {
    const { text } = read(
      `${STORY}<ul><li>More about:</li><li><a href="/t/libraries">Libraries</a></li>` +
        '<li><a href="/t/town">Town</a></li></ul>' +
        '<div class="post-tags">Tags: <a href="/t/a">Budget</a> <a href="/t/b">Council</a></div>',
    );
    expect(text).toBe(
      'The council voted on Tuesday to reopen the library, which closed in 2019 after a storm.',
    );
  });

  it('keeps a table of contents and a plain list of links (reading, not tags)', () => {
    const { text } = read(
      `${STORY}<div class="contents topic"><ul><li><a href="#history">History</a></li>` +
        '<li><a href="#budget">Budget</a></li></ul></div>' +
        '<ul><li><a href="/report.pdf">Council report</a></li><li><a href="/minutes">Minutes</a></li></ul>',
    );
    expect(text).toContain('History\n\nBudget');
    expect(text).toContain('Council report\n\nMinutes');
  });
});

describe('furniture kept in the text as regions without claims', () => {
  it('marks a one-item list right after a figure as its caption', () => {
    const caption = 'Clockwise from left: the reading room in 1962; the roof after the storm.';
    const { regions } = read(
      `${STORY}<figure><img src="a.jpg"></figure><ul><li><p>${caption}</p></li></ul>`,
    );
    expect(regions).toEqual([['caption', caption]]);
  });

  it('does not take a real list after a figure, or a one-item list elsewhere, for a caption', () => {
    expect(
      read(
        `${STORY}<figure><img src="a.jpg"></figure><ul><li>Repair the roof.</li><li>Hire staff.</li></ul>` +
          '<ul><li>Open on Saturdays.</li></ul>',
      ).regions,
    ).toEqual([]);
  });

  it('marks a lead-in to another story, the label inside or before the link', () => {
    const { regions } = read(
      `${STORY}<p><a href="/pool"><span class="x">Related:</span> Pool stays shut for a summer</a></p>` +
        '<p><strong>Read more:</strong> <a href="/roof">Why the roof failed</a></p>',
    );
    expect(regions).toEqual([
      ['related', 'Related: Pool stays shut for a summer'],
      ['related', 'Read more: Why the roof failed'],
    ]);
  });

  it('leaves a paragraph that opens with a label and goes on in prose unmarked', () => {
    const { regions } = read(
      `${STORY}<p>Update: the council said on Friday that <a href="/vote">the vote</a> will be held again next month.</p>`,
    );
    expect(regions).toEqual([]);
  });

  it('marks bios and contributor lines written as sentences, and datelines', () => {
    const { text, regions } = read(
      `${STORY}<div class="storytimestamp">Courier (Riverton) First published March 3, 2024</div>` +
        '<div class="byline-container"><span class="byline-name">Sam Reyes</span>' +
        '<p class="byline-bio">Sam Reyes covers local government for the Courier.</p></div>' +
        '<div class="contributors">Ana Lee and Bo Park contributed.</div>',
    );
    expect(text).not.toContain('Sam Reyes\n\nSam Reyes');
    expect(regions).toEqual([
      ['byline', 'Courier (Riverton) First published March 3, 2024'],
      ['byline', 'Sam Reyes covers local government for the Courier.'],
      ['byline', 'Ana Lee and Bo Park contributed.'],
    ]);
  });

  it('marks an all-caps or emphasised author note that ends the story', () => {
    const { regions } = read(
      `${STORY}<p>The vote passed 7 to 2.</p><p><b>SAM REYES IS THE COURIER'S CITY HALL REPORTER</b></p>` +
        '<p><i>Ana Lee is a reporter covering schools. Follow her on social media.</i></p>',
    );
    expect(regions).toEqual([
      ['byline', "SAM REYES IS THE COURIER'S CITY HALL REPORTER"],
      ['byline', 'Ana Lee is a reporter covering schools. Follow her on social media.'],
    ]);
  });

  it('leaves capitals and italics unmarked in the middle of the story, or when all of it is italic', () => {
    expect(
      read(`${STORY}<p><b>THE COUNCIL MEETS AGAIN IN MAY</b></p><p>The vote passed 7 to 2.</p>`)
        .regions,
    ).toEqual([]);
    expect(
      read('<p><i>A poem in italics, line one.</i></p><p><i>Line two.</i></p>').regions,
    ).toEqual([]);
  });
});

describe('the invented page with every kind of furniture', () => {
  const html = readFixture('pages/furniture-article.html');

  it('reads the story without the credit, byline label, player controls and tags', () => {
    const doc = loadPage(html);
    const before = doc.body.innerHTML;
    const article = extractArticle(doc)!;
    expect(doc.body.innerHTML).toBe(before);
    for (const gone of [
      'Valley Courier Staff',
      'ANNA MORROW',
      'Remaining Time',
      'Fullscreen',
      'More about',
      'Libraries',
    ]) {
      expect(article.text).not.toContain(gone);
    }
    expect(article.text.split('\n\n')).toHaveLength(9);
    expect(article.regions.map((r) => r.kind)).toEqual([
      'caption',
      'related',
      'byline',
      'byline',
      'byline',
    ]);
  });

  it('lists claims in the story and none in its captions, bylines and lead-ins', () => {
    const article = extractArticle(loadPage(html))!;
    const { claims } = analyzeText(article.text, { regions: article.regions });
    const inRegion = claims.filter((c) =>
      article.regions.some((r) => c.start < r.end && r.start < c.end),
    );
    expect(inRegion).toEqual([]);
    const flagged = claims.filter((c) => c.score >= 0.5).map((c) => c.text);
    expect(flagged.some((t) => t.includes('voted 7 to 2'))).toBe(true);
    // Without the regions, the caption and the lead-in read as claims: the regions are what hold them back.
    const bare = analyzeText(article.text).claims;
    expect(bare.some((c) => article.regions.some((r) => c.start < r.end && r.start < c.end))).toBe(
      true,
    );
  });
});
