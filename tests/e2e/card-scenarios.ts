/**
 * End-to-end scenarios of the hover cards: editing and deleting a note from its card (with the popup's
 * list following), and the entity card staying open while the pointer travels onto it, then closing
 * once the pointer leaves for an empty margin. Declared inside the browser's suite by
 * tests/e2e/gloss-suite.ts.
 */
import { expect, it } from 'vitest';
import { type E2ePage, waitFor } from './driver';
import { LATE_PAGE } from './page-change-scenarios';
import {
  locatePhrase,
  queryPage,
  queryUi,
  readHighlights,
  selectUiField,
  uiBox,
} from './page-probes';
import {
  addNoteOnPassage,
  hover,
  noteTexts,
  pause,
  type SuiteContext,
  settledHighlights,
  waitForNoteOn,
  waitForUi,
  writeInNoteEditor,
} from './suite-helpers';

/**
 * A passage with no names in the late article, in its own page so this test's note is the only note
 * there (the suite's other note lives on the canonical article): the popup must end with no note.
 */
const EDITED_PASSAGE = 'the works would hurt trade for a year';
const FIRST_BODY = 'Ask the bakery how long the road stays shut.';
const EDITED_BODY = 'Compare with the six weeks in the engineers report.';

/** The person of the late article that gets a note from their card, and the note. */
const NOTED_PERSON = 'Margaret Doyle';
const PERSON_NOTE = 'Check her figure of fifteen minutes against the timetable.';

/** The canonical article and the person whose card the pointer test opens. */
const ARTICLE = 'azernews-putin-visit.html';
const CARD_PERSON = 'Ilham Aliyev';
/** Selector of the entity card. */
const ENTITY_CARD = '[data-gloss-card][data-kind="entity"]';
/** Selector of the note card. */
const NOTE_CARD = '[data-gloss-card][data-kind="note"]';

/**
 * Steps of the pointer's travel from the word into the card, and the pause between them: 6 × 40 ms is
 * a hand's quick move, well inside the card's 300 ms grace (entrypoints/content/hover.ts).
 */
const TRAVEL_STEPS = 6;
const TRAVEL_STEP_MS = 40;
/**
 * How long the pointer rests on the card before the test checks it is still open: more than twice the
 * 300 ms grace, so a close timer left running would have fired.
 */
const REST_ON_CARD_MS = 800;
/**
 * How soon the card must be gone once the pointer is on an empty margin: the 300 ms grace plus a wide
 * margin for a busy 2-core machine (a card that never closes still fails).
 */
const CLOSE_WITHIN_MS = 3000;

/** Selector of the claim card. */
const CLAIM_CARD = '[data-gloss-card][data-kind="claim"]';
/**
 * Words of a check-worthy claim of the canonical article with no name in them ("It is worth noting
 * that Azerbaijan confirmed its commitment to reduce the emission of greenhouse gases by 35 percent by
 * 2030 …"): hovering them can only open the claim's card.
 */
const CLAIM_WORDS = 'emission of greenhouse gases';

/** Whether a visible element matches `selector` in the in-page UI. */
async function uiVisible(page: E2ePage, selector: string): Promise<boolean> {
  const found = await page.evaluateInUi(queryUi, selector);
  return found.elements.some((e) => e.visible);
}

/** Declares the card scenarios in the running suite. */
export function defineCardTests(ctx: SuiteContext): void {
  it('edits a note from its card (kept after a reload), then deletes it with confirmation', async () => {
    const url = ctx.url(LATE_PAGE);
    const page = await ctx.running().newPage();
    try {
      await page.goto(url);
      await settledHighlights(page, ctx.running(), url);
      await addNoteOnPassage(page, EDITED_PASSAGE, FIRST_BODY);

      await hover(page, EDITED_PASSAGE);
      await waitForUi(page, NOTE_CARD, 'the note card on hover');
      const edit = await waitForUi(
        page,
        `${NOTE_CARD} [data-gloss-note-edit]`,
        'the Edit button of the note card',
      );
      await page.click(edit.x, edit.y);
      const field = `${NOTE_CARD} [data-gloss-note-editor] textarea[data-gloss-note-input]`;
      await waitForUi(page, field, 'the inline editor of the note card');
      expect(await page.evaluateInUi(selectUiField, field), 'the editor starts with the note').toBe(
        FIRST_BODY,
      );
      await page.type(EDITED_BODY);
      const save = await waitForUi(
        page,
        `${NOTE_CARD} [data-gloss-note-save]`,
        'the Save button of the inline editor',
      );
      await page.click(save.x, save.y);
      await waitFor(
        'the note card to show the edited body',
        () => page.evaluateInUi(queryUi, `${NOTE_CARD} [data-gloss-note-body]`),
        (r) => r.elements[0]?.text === EDITED_BODY,
      );

      await page.reload();
      await waitForNoteOn(page, EDITED_PASSAGE, 'after a reload');
      await hover(page, EDITED_PASSAGE);
      await waitForUi(page, NOTE_CARD, 'the note card on hover after the reload');
      const body = await page.evaluateInUi(queryUi, `${NOTE_CARD} [data-gloss-note-body]`);
      expect(body.elements[0]?.text, 'the stored body after a reload').toBe(EDITED_BODY);

      const remove = await waitForUi(
        page,
        `${NOTE_CARD} [data-gloss-note-delete]`,
        'the Delete button of the note card',
      );
      await page.click(remove.x, remove.y);
      const confirm = await waitForUi(
        page,
        `${NOTE_CARD} [data-gloss-note-confirm-delete]`,
        'the inline confirmation of the delete',
      );
      expect(
        await noteTexts(page),
        'the note is still painted until the delete is confirmed',
      ).toEqual([EDITED_PASSAGE]);
      await page.click(confirm.x, confirm.y);
      await waitFor(
        'the gloss-note highlight to be gone after the delete',
        () => noteTexts(page),
        (texts) => texts.length === 0,
      );
      expect(await uiVisible(page, NOTE_CARD), 'the note card closes with its note').toBe(false);

      const popup = await ctx.running().openPopupFor(url);
      try {
        await waitFor(
          'the popup status "Article found"',
          () => popup.evaluate(queryPage, '[data-gloss-popup-status]'),
          (els) => els.some((e) => e.text.includes('Article found')),
        );
        const listed = await popup.evaluate(queryPage, '[data-gloss-notes] li');
        expect(listed, 'notes the popup lists after the delete').toEqual([]);
      } finally {
        await popup.close();
      }

      await page.reload();
      await settledHighlights(page, ctx.running(), url);
      const after = await page.evaluate(readHighlights, null);
      expect(after?.['gloss-note'] ?? [], 'gloss-note after a reload of the page').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("opens a claim's card on hover: its kinds, the reasons it was flagged with the cue words, who states it; Escape closes it", async () => {
    const url = ctx.url(ARTICLE);
    const page = await ctx.running().newPage();
    try {
      await page.goto(url);
      await settledHighlights(page, ctx.running(), url);
      await hover(page, CLAIM_WORDS);
      await waitForUi(page, CLAIM_CARD, 'the claim card after hovering a claim');
      const title = await page.evaluateInUi(queryUi, `${CLAIM_CARD} .g-claim-text`);
      expect(title.elements[0]?.text ?? '', 'the card quotes the claim').toContain(
        '35 percent by 2030',
      );
      const kinds = await page.evaluateInUi(queryUi, `${CLAIM_CARD} [data-gloss-claim-kinds] li`);
      expect(
        kinds.elements.map((e) => e.text),
        'the claim kinds on the card',
      ).toEqual(expect.arrayContaining(['Statistic']));
      const reasons = await page.evaluateInUi(
        queryUi,
        `${CLAIM_CARD} [data-gloss-claim-reasons] li`,
      );
      expect(
        reasons.elements.map((e) => e.text).join(' | '),
        'the reasons name the cue words',
      ).toMatch(/35 percent/);
      const speaker = await page.evaluateInUi(queryUi, `${CLAIM_CARD} [data-gloss-claim-speaker]`);
      expect(
        speaker.elements[0]?.text ?? '',
        'the card names who states it, the entity of its subject',
      ).toContain('Azerbaijan');
      await ctx.shot(page, 'claim-card');
      await page.press('Escape');
      await waitFor(
        'the claim card to close on Escape',
        () => uiVisible(page, CLAIM_CARD),
        (visible) => !visible,
      );
    } finally {
      await page.close();
    }
  });

  it('keeps the entity card open while the pointer travels onto it, closes it once the pointer leaves', async () => {
    const url = ctx.url(ARTICLE);
    const page = await ctx.running().newPage();
    try {
      await page.goto(url);
      await settledHighlights(page, ctx.running(), url);
      // hover() leaves the pointer on the centre of the name; the card opens next to it.
      const start = await hover(page, CARD_PERSON);
      await waitForUi(page, ENTITY_CARD, `${CARD_PERSON}'s card after hovering`);
      const card = await page.evaluateInUi(uiBox, ENTITY_CARD);
      if (!card) throw new Error('the entity card has no box on screen');

      // From the word straight into the card, a few steps at a time.
      const targetX = Math.min(Math.max(start.x, card.left + 20), card.right - 20);
      const targetY = start.y < card.top ? card.top + 24 : card.bottom - 24;
      for (let i = 1; i <= TRAVEL_STEPS; i++) {
        const t = i / TRAVEL_STEPS;
        await page.mouseMove(
          start.x + (targetX - start.x) * t,
          start.y + (targetY - start.y) * t,
          1,
        );
        await pause(TRAVEL_STEP_MS);
      }
      await pause(REST_ON_CARD_MS);
      expect(
        await uiVisible(page, ENTITY_CARD),
        `the card must stay open with the pointer on it (${REST_ON_CARD_MS} ms after arriving)`,
      ).toBe(true);
      // Moving about inside the card keeps it open too.
      await page.mouseMove(targetX, (card.top + card.bottom) / 2, 3);
      await pause(REST_ON_CARD_MS);
      expect(await uiVisible(page, ENTITY_CARD), 'the card while the pointer moves on it').toBe(
        true,
      );
      await ctx.shot(page, 'entity-card-kept');

      // Away to the empty left margin (no text there: the pages are centred columns).
      await page.mouseMove(4, (card.top + card.bottom) / 2, 4);
      await waitFor(
        `the entity card to close after the pointer left it for an empty margin`,
        () => uiVisible(page, ENTITY_CARD),
        (visible) => !visible,
        CLOSE_WITHIN_MS,
      );
    } finally {
      await page.close();
    }
  });

  it("adds a note from an entity's card, and the entity's card lists it", async () => {
    const url = ctx.url(LATE_PAGE);
    const page = await ctx.running().newPage();
    try {
      await page.goto(url);
      await settledHighlights(page, ctx.running(), url);
      await hover(page, NOTED_PERSON);
      await waitForUi(page, ENTITY_CARD, `${NOTED_PERSON}'s card`);
      const add = await waitForUi(
        page,
        `${ENTITY_CARD} [data-gloss-card-add-note]`,
        'the Add note button of the entity card',
      );
      await page.click(add.x, add.y);
      await writeInNoteEditor(page, PERSON_NOTE);
      await waitFor(
        `the note painted on ${NOTED_PERSON}`,
        () => noteTexts(page),
        (texts) => texts.includes(NOTED_PERSON),
      );

      // Her other mention (the first one now opens the note's own card) shows her card with the note.
      await page.mouseMove(5, 5, 1);
      const second = await page.evaluate(locatePhrase, { phrase: NOTED_PERSON, occurrence: 1 });
      if (!second) throw new Error(`a second mention of ${NOTED_PERSON} is not on the page`);
      await page.mouseMove(second.x, second.y, 8);
      const notes = await waitFor(
        `${NOTED_PERSON}'s card to list the note`,
        () => page.evaluateInUi(queryUi, `${ENTITY_CARD} [data-gloss-card-notes] li`),
        (r) => r.elements.some((e) => e.text.includes(PERSON_NOTE)),
      );
      expect(notes.elements.length).toBe(1);
      await ctx.shot(page, 'entity-card-with-note');
    } finally {
      await page.close();
    }
  });
}
