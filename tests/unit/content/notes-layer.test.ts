// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesLayer } from '../../../entrypoints/content/notes-layer';
import { EMPTY_OVERLAY, type OverlayState } from '../../../entrypoints/content/overlay-state';
import { createStore } from '../../../entrypoints/content/store';
import { GlossRequestError } from '../../../messaging/client';
import type { HighlightKind } from '../../../page/highlight/names';
import type { NoteRecord } from '../../../storage/records';

const request = vi.fn();
vi.mock('../../../messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../messaging/client')>()),
  request: (...args: unknown[]) => request(...args),
}));

function setup() {
  document.body.innerHTML =
    '<article><p>Baku will host the conference in November.</p><p>Russia and Azerbaijan met.</p></article>';
  const painted = new Map<HighlightKind, Range[]>();
  const overlay = createStore<OverlayState>(EMPTY_OVERLAY);
  const layer = new NotesLayer({
    articleUrl: 'https://news.test/a',
    articleTitle: 'A',
    painter: { set: (k, r) => painted.set(k, r), clear: () => painted.clear() },
    overlay,
    onChange: () => undefined,
  });
  return { layer, overlay, painted };
}

function rangeOf(text: string): Range {
  const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes(text))!;
  const node = p.firstChild as Text;
  const at = node.data.indexOf(text);
  const r = document.createRange();
  r.setStart(node, at);
  r.setEnd(node, at + text.length);
  return r;
}

describe('NotesLayer', () => {
  beforeEach(() => request.mockReset());

  it("keeps the editor and the reader's words when a save fails", async () => {
    const { layer, overlay } = setup();
    layer.startNote(rangeOf('host the conference'));
    const editor = overlay.get().editor;
    expect(editor?.quote).toBe('host the conference');
    request.mockRejectedValueOnce(
      new GlossRequestError('notes/save', 'Your disk is full, so Gloss could not save.'),
    );
    expect(await layer.saveEditor('my note')).toBe(false);
    expect(overlay.get().editor?.noteId).toBe(editor?.noteId);
    expect(overlay.get().editor?.saving).toBe(false);
    expect(overlay.get().error).toMatch(/disk is full/);
    expect(layer.notes).toHaveLength(0);
  });

  it('saves with the same id on retry, then paints the passage', async () => {
    const { layer, overlay, painted } = setup();
    layer.startNote(rangeOf('Russia and Azerbaijan'));
    const id = overlay.get().editor!.noteId;
    request.mockRejectedValueOnce(new Error('offline'));
    await layer.saveEditor('first try');
    request.mockImplementationOnce(
      async (_type: string, p: Omit<NoteRecord, 'createdAt' | 'updatedAt'>) => ({
        ...p,
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    expect(await layer.saveEditor('second try')).toBe(true);
    expect(request.mock.calls.map((c) => (c[1] as { id: string }).id)).toEqual([id, id]);
    expect(overlay.get().editor).toBeNull();
    expect(layer.notes.map((n) => n.body)).toEqual(['second try']);
    expect(painted.get('note')?.[0]?.toString()).toBe('Russia and Azerbaijan');
  });

  it('anchors loaded notes and keeps orphans listed but unpainted', async () => {
    const { layer, painted } = setup();
    const note = (id: string, exact: string): NoteRecord => ({
      id,
      articleUrl: 'https://news.test/a',
      articleTitle: 'A',
      body: id,
      anchor: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
      createdAt: 1,
      updatedAt: 1,
    });
    request.mockResolvedValueOnce([
      note('n1', 'the conference'),
      note('n2', 'a passage long gone'),
    ]);
    await layer.load();
    expect(layer.notes).toHaveLength(2);
    expect(painted.get('note')?.map((r) => r.toString())).toEqual(['the conference']);
    expect(layer.orphans().map((n) => n.id)).toEqual(['n2']);
  });
});
