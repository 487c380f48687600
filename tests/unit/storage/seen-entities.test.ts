import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SeenEntity } from '../../../messaging/protocol';
import { recordArticleVisit } from '../../../storage/articles-repo';
import { GlossDb } from '../../../storage/db';
import { entityHistory } from '../../../storage/entities-repo';
import { entityKey } from '../../../storage/keys';
import { listNotes, saveNote } from '../../../storage/notes-repo';
import { betterLabel, labelDefects, mergeSeenEntities } from '../../../storage/seen-entities';

let db: GlossDb;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-seen-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A linked entity of an article, keyed as the content script keys it. */
const seen = (name: string, mentions: number, aliases: string[] = [name]): SeenEntity => ({
  key: entityKey('person', name),
  type: 'person',
  name,
  aliases,
  mentions,
});

// Two entities the linker kept apart whose keys fold together (the bracket is punctuation).
const cutName = seen('Te Kaurinui Robert) Parata', 9, ['Te Kaurinui Robert) Parata', 'Parata']);
const cleanName = seen('Te Kaurinui Robert Parata', 1);
const other = seen('Hori Parata', 4);

describe('entities whose keys collide', () => {
  it('are the case this guards against: the two keys are equal', () => {
    expect(cutName.key).toBe(cleanName.key);
    expect(cutName.key).not.toBe(other.key);
  });

  it('record the visit instead of aborting it, one mention row per key', async () => {
    const counts = await recordArticleVisit(
      db,
      { url: 'https://news.test/whales', title: 'Whales' },
      [cutName, other, cleanName],
      [{ start: 0, end: 5, text: 'Claim', score: 0.9, kinds: [], reasons: [] }],
      1,
    );
    expect(counts[cutName.key]).toEqual({ earlierCount: 0 });
    expect(await db.articles.get('https://news.test/whales')).toMatchObject({
      visits: 1,
      entityKeys: [cutName.key, other.key],
    });
    const mentions = await db.mentions
      .where('articleUrl')
      .equals('https://news.test/whales')
      .toArray();
    expect(mentions).toHaveLength(2);
    expect(mentions.find((m) => m.entityKey === cutName.key)?.count).toBe(10);
    const record = await db.entities.get(cutName.key);
    expect(record?.name).toBe('Te Kaurinui Robert Parata');
    expect(record?.articleCount).toBe(1);
    expect(record?.aliases).toEqual(
      expect.arrayContaining(['Te Kaurinui Robert) Parata', 'Parata', 'Te Kaurinui Robert Parata']),
    );
    expect(await db.claims.count()).toBe(1);
  });

  it("count the article once in a later article's history, and survive a revisit", async () => {
    const first = { url: 'https://news.test/1', title: 'First' };
    await recordArticleVisit(db, first, [cutName, cleanName], [], 1);
    await recordArticleVisit(db, first, [cleanName, cutName], [], 2);
    const later = await recordArticleVisit(
      db,
      { url: 'https://news.test/2', title: 'Second' },
      [cleanName],
      [],
      3,
    );
    expect(later[cleanName.key]).toEqual({ earlierCount: 1 });
    const history = await entityHistory(db, cleanName.key, 'https://news.test/2');
    expect(history.earlier.map((e) => e.articleTitle)).toEqual(['First']);
    expect(history.record?.articleCount).toBe(2);
  });
});

describe('mergeSeenEntities', () => {
  it('sums mentions, joins aliases and keeps the clean name', () => {
    const [merged, ...rest] = mergeSeenEntities([cutName, other, cleanName]);
    expect(rest.map((e) => e.name)).toEqual(['Hori Parata']);
    expect(merged).toEqual({
      key: cutName.key,
      type: 'person',
      name: 'Te Kaurinui Robert Parata',
      aliases: ['Te Kaurinui Robert) Parata', 'Parata', 'Te Kaurinui Robert Parata'],
      mentions: 10,
    });
  });

  it('leaves entities with distinct keys as they came', () => {
    const list = [cleanName, other];
    expect(mergeSeenEntities(list)).toEqual(list);
  });
});

describe('labels', () => {
  it('counts the marks of a mis-cut name', () => {
    expect(labelDefects('Te Kaurinui Robert Parata')).toBe(0);
    expect(labelDefects('Te Kaurinui Robert) Parata')).toBe(1);
    expect(labelDefects('Martin Luther King Jr.')).toBe(0);
    expect(labelDefects('Conan O’Brien')).toBe(0);
    expect(labelDefects('“Putin')).toBe(2);
  });

  it('prefers the clean name, then the longer, then the first', () => {
    expect(betterLabel('Robert) Parata', 'Robert Parata')).toBe('Robert Parata');
    expect(betterLabel('Putin', 'Vladimir Putin')).toBe('Vladimir Putin');
    expect(betterLabel('Gulen', 'Gülen')).toBe('Gulen');
  });
});

describe('notes beside a visit', () => {
  it('are kept when the visit names colliding entities, and never collide with each other', async () => {
    const url = 'https://news.test/notes';
    const anchor = { exact: 'Parata', prefix: '', suffix: '', start: 0, end: 6 };
    await saveNote(
      db,
      {
        id: 'note-a',
        articleUrl: url,
        articleTitle: 'T',
        body: 'A',
        anchor,
        entityKey: cutName.key,
      },
      1,
    );
    await saveNote(
      db,
      {
        id: 'note-b',
        articleUrl: url,
        articleTitle: 'T',
        body: 'B',
        anchor,
        entityKey: cutName.key,
      },
      2,
    );
    await recordArticleVisit(db, { url, title: 'T' }, [cutName, cleanName], [], 3);
    expect((await listNotes(db, url)).map((note) => note.id)).toEqual(['note-a', 'note-b']);
    const history = await entityHistory(db, cleanName.key, 'https://elsewhere.test/');
    expect(history.notes.map((note) => note.id).sort()).toEqual(['note-a', 'note-b']);
  });
});
