import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../analysis/types';
import type { ArticleMeta, SeenEntity } from '../../../messaging/protocol';
import { listArticles, recordArticleVisit } from '../../../storage/articles-repo';
import { GlossDb } from '../../../storage/db';
import { entityHistory } from '../../../storage/entities-repo';
import { canonicalUrl, entityKey } from '../../../storage/keys';
import { deleteNote, listNotes, MAX_NOTE_LENGTH, saveNote } from '../../../storage/notes-repo';
import { isSiteEnabled, setSiteEnabled } from '../../../storage/sites-repo';

let db: GlossDb;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const putin: SeenEntity = {
  key: entityKey('person', 'Vladimir Putin'),
  type: 'person',
  name: 'Vladimir Putin',
  aliases: ['Vladimir Putin', 'Putin'],
  mentions: 5,
};
const baku: SeenEntity = {
  key: entityKey('place', 'Baku'),
  type: 'place',
  name: 'Baku',
  aliases: ['Baku'],
  mentions: 3,
};
const claim: Claim = {
  start: 0,
  end: 10,
  text: 'It rose 5%.',
  score: 0.9,
  kinds: ['statistic'],
  reasons: ['a percentage: 5%'],
};
const article = (url: string, title = 'T'): ArticleMeta => ({ url, title });

describe('keys', () => {
  it('folds case, accents and spacing in entity keys', () => {
    expect(entityKey('person', 'Vladimir  Putin')).toBe(entityKey('person', 'vladimir putin'));
    expect(entityKey('person', 'Gülen')).toBe('person:gulen');
    expect(entityKey('place', 'Łódź')).toBe('place:łodz');
    expect(entityKey('person', 'Baku')).not.toBe(entityKey('place', 'Baku'));
  });
  it('drops hashes and tracking parameters from article URLs', () => {
    expect(canonicalUrl('https://x.org/a?utm_source=t&id=3#top')).toBe('https://x.org/a?id=3');
    expect(canonicalUrl('https://x.org/a?b=2&a=1')).toBe('https://x.org/a?a=1&b=2');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});

describe('article visits', () => {
  it('counts earlier articles per entity, not revisits of the same one', async () => {
    const first = await recordArticleVisit(
      db,
      article('https://a.test/1'),
      [putin, baku],
      [claim],
      1,
    );
    expect(first[putin.key]).toEqual({ earlierCount: 0 });
    const again = await recordArticleVisit(
      db,
      article('https://a.test/1'),
      [putin, baku],
      [claim],
      2,
    );
    expect(again[putin.key]).toEqual({ earlierCount: 0 });
    const second = await recordArticleVisit(db, article('https://b.test/2'), [putin], [], 3);
    expect(second[putin.key]).toEqual({ earlierCount: 1 });
    expect((await db.entities.get(putin.key))?.articleCount).toBe(2);
    expect((await db.entities.get(baku.key))?.articleCount).toBe(1);
    const a1 = await db.articles.get('https://a.test/1');
    expect(a1?.visits).toBe(2);
    expect(a1?.firstSeen).toBe(1);
    expect(await db.claims.where('articleUrl').equals('https://a.test/1').count()).toBe(1);
  });

  it('forgets an entity the article no longer names on a revisit', async () => {
    await recordArticleVisit(db, article('https://a.test/1'), [putin, baku], [], 1);
    await recordArticleVisit(db, article('https://a.test/1'), [putin], [], 2);
    expect((await db.entities.get(baku.key))?.articleCount).toBe(0);
    expect(await db.mentions.where('entityKey').equals(baku.key).count()).toBe(0);
  });

  it('gives an entity its history across articles, newest first', async () => {
    await recordArticleVisit(db, article('https://a.test/1', 'First'), [putin], [], 1);
    await recordArticleVisit(db, article('https://a.test/2', 'Second'), [putin], [], 2);
    await recordArticleVisit(db, article('https://a.test/3', 'Third'), [putin], [], 3);
    const h = await entityHistory(db, putin.key, 'https://a.test/3');
    expect(h.earlierCount).toBe(2);
    expect(h.earlier.map((e) => e.articleTitle)).toEqual(['Second', 'First']);
    expect(h.record?.name).toBe('Vladimir Putin');
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Third', 'Second', 'First']);
  });
});

describe('notes', () => {
  const anchor = { exact: 'Baku', prefix: 'in ', suffix: ' today', start: 3, end: 7 };
  const input = {
    id: '11111111-2222-3333-4444-555555555555',
    articleUrl: 'https://a.test/1',
    articleTitle: 'T',
    body: 'Check this',
    anchor,
  };

  it('saves, edits keeping the creation time, lists and deletes', async () => {
    const created = await saveNote(db, input, 10);
    expect(created.createdAt).toBe(10);
    const edited = await saveNote(db, { ...input, body: 'Checked' }, 20);
    expect(edited).toMatchObject({ body: 'Checked', createdAt: 10, updatedAt: 20 });
    expect(await listNotes(db, 'https://a.test/1')).toHaveLength(1);
    expect(await deleteNote(db, input.id)).toBe(true);
    expect(await deleteNote(db, input.id)).toBe(false);
    expect(await listNotes(db, 'https://a.test/1')).toHaveLength(0);
  });

  it('is idempotent when a save is retried', async () => {
    await saveNote(db, input, 1);
    await saveNote(db, input, 2);
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses an over-long note rather than cutting it', async () => {
    await expect(saveNote(db, { ...input, body: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).rejects.toThrow(
      /up to/,
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('lists notes in the order of their passages', async () => {
    await saveNote(db, { ...input, id: 'bbbbbbbb-1', anchor: { ...anchor, start: 50, end: 54 } });
    await saveNote(db, { ...input, id: 'aaaaaaaa-2', anchor: { ...anchor, start: 5, end: 9 } });
    expect((await listNotes(db, input.articleUrl)).map((x) => x.id)).toEqual([
      'aaaaaaaa-2',
      'bbbbbbbb-1',
    ]);
  });
});

describe('site switch', () => {
  it('is on by default and remembers off', async () => {
    expect(await isSiteEnabled(db, 'news.test')).toBe(true);
    await setSiteEnabled(db, 'news.test', false);
    expect(await isSiteEnabled(db, 'news.test')).toBe(false);
    await setSiteEnabled(db, 'news.test', true);
    expect(await isSiteEnabled(db, 'news.test')).toBe(true);
    expect(await db.sites.count()).toBe(0);
  });
});
