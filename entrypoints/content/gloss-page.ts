/**
 * Gloss on one page: decides whether the page holds an article, has it analysed, paints the
 * highlights, and runs the cards and the notes. Every step that can fail is caught: the page keeps
 * working, the popup says what went wrong, and a note being written is never dropped.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { unreadLanguage } from '../../analysis/languages';
import { mentionSnippets } from '../../components/card-data';
import { type ClaimCardData, type EntityCardData, MAX_SNIPPETS } from '../../components/types';
import { request } from '../../messaging/client';
import {
  type ArticleMeta,
  MAX_ANALYSED_CHARS,
  type ResponseOf,
  type TabMessage,
  type TabState,
  type TabStatus,
} from '../../messaging/protocol';
import { detectArticle } from '../../page/article/detect';
import { extractArticle } from '../../page/article/extract';
import { createPainter, type Painter } from '../../page/highlight/painter';
import { caretAt, rangeContainsPoint, rectNearPoint } from '../../page/hit-test';
import { notableSelection } from '../../page/selection';
import type { TextMap } from '../../page/text-map';
import { type ChangeReason, MissedChange, watchPageChanges } from '../../page/watch-changes';
import { canonicalUrl } from '../../storage/keys';
import type { NoteRecord } from '../../storage/records';
import {
  type ArticleView,
  buildArticleView,
  type NameMention,
  type PaintedClaim,
  spanAt,
  tabEntities,
} from './article-view';
import { watchHover } from './hover';
import { type MountedOverlay, mountOverlay } from './mount-overlay';
import { notArticleReason } from './not-article-reason';
import { messageOf, NotesLayer } from './notes-layer';
import { EMPTY_OVERLAY, type OverlayState, toAnchor } from './overlay-state';
import { createStore } from './store';

type Target =
  | { id: string; kind: 'entity'; mention: NameMention; range: Range; x: number; y: number }
  | { id: string; kind: 'claim'; claim: PaintedClaim; x: number; y: number }
  | { id: string; kind: 'note'; note: NoteRecord; range: Range; x: number; y: number };

/** Pause after the reader stops selecting before "Add note" appears (a drag is still going on before). */
const SELECTION_SETTLE_MS = 200;

export class GlossPage {
  private status: TabStatus = 'loading';
  private reason: string | undefined;
  private article: ArticleMeta;
  private view: ArticleView | null = null;
  private map: TextMap | null = null;
  private articleRoot: Element | null = null;
  private earlier: Record<string, { earlierCount: number }> = {};
  private readonly overlay = createStore<OverlayState>(EMPTY_OVERLAY);
  private painter: Painter | null = null;
  private notes: NotesLayer | null = null;
  private ui: MountedOverlay | null = null;
  private run = new AbortController();
  private hover: { forget(): void } | null = null;
  /** The text last sent for analysis: a page change that leaves it as it was costs nothing. */
  private analysedText: string | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.article = { url: canonicalUrl(location.href), title: document.title };
    ctx.onInvalidated(() => this.stop());
    this.overlay.subscribe((state) => this.paintFocus(state));
  }

  private focusedEntity: string | null = null;

  /**
   * While an entity's card is open, every mention of that entity in the article is painted as
   * `gloss-focus`, so the reader sees at a glance where else it comes up.
   */
  private paintFocus(state: OverlayState): void {
    const card = state.card;
    const entityId =
      card?.kind === 'entity'
        ? (this.view?.mentions.find((m) => m.start === card.mentionStart)?.entityId ?? null)
        : null;
    if (entityId === this.focusedEntity || !this.painter) return;
    this.focusedEntity = entityId;
    const ranges = entityId
      ? (this.view?.mentions.filter((m) => m.entityId === entityId).map((m) => m.range) ?? [])
      : [];
    this.painter.set('focus', ranges);
  }

  /** Answers the popup and the background for the life of the content script. */
  listen(): void {
    const onMessage = (msg: unknown): Promise<unknown> | undefined => {
      const m = msg as TabMessage | null;
      if (m?.gloss !== 1) return undefined;
      switch (m.type) {
        case 'tab/state':
          return Promise.resolve(this.state());
        case 'tab/add-note-from-selection':
          return this.addNoteFromSelection().then(() => true);
        case 'tab/focus-note':
          return Promise.resolve(this.focusNote(m.id));
        case 'tab/focus-entity':
          return this.focusSpan(this.view?.mentions.find((x) => x.entityId === m.id));
        case 'tab/focus-claim':
          return this.focusSpan(this.view?.claims.find((x) => x.start === m.start));
        case 'tab/refresh':
          return this.restart().then(() => this.state());
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }

  /** Follows the page as it changes: late content, a new article in a single-page app. */
  watch(): void {
    watchPageChanges({
      signal: this.ctx.signal,
      onChange: (reason) => this.onPageChange(reason),
      // A "read more" usually reveals a sibling of the paragraphs already read, inside the
      // article's own container: watch shown/hidden changes there.
      attributeScope: () => this.articleRoot?.parentElement ?? this.articleRoot,
    });
  }

  /** Retry delay while the reader is writing a note: the page is not re-read under their editor. */
  private static readonly EDITOR_RETRY_MS = 2000;

  /** A change that came while the page was being read; looked at when that is done. */
  private readonly missed = new MissedChange();

  private onPageChange(reason: ChangeReason): void {
    if (this.status === 'disabled') return;
    if (this.status === 'loading') {
      this.missed.note(reason);
      return;
    }
    if (this.overlay.get().editor) {
      setTimeout(() => this.onPageChange(reason), GlossPage.EDITOR_RETRY_MS);
      return;
    }
    try {
      if (reason === 'navigation') {
        void this.restart();
        return;
      }
      if (this.status !== 'article') {
        if (detectArticle(document, location.href).isArticle) void this.restart();
        else this.notes?.anchorAll();
        return;
      }
      const found = extractArticle(document, location.href);
      if (!found || found.text !== this.analysedText) void this.restart();
      else this.notes?.anchorAll();
    } catch (err) {
      this.fail(err);
    }
  }

  /** The state the popup shows. */
  state(): TabState {
    return {
      status: this.status,
      reason: this.reason,
      host: location.hostname,
      article: this.status === 'not-article' ? undefined : this.article,
      entities: this.view ? tabEntities(this.view, this.earlier) : [],
      claims: this.view ? this.view.claims.map(({ range: _r, ...c }) => c) : [],
      notes: this.notes?.notes ?? [],
      orphanNoteIds: this.notes?.orphans().map((n) => n.id) ?? [],
    };
  }

  /** Runs Gloss on the page from the start, then looks at any change that came meanwhile. */
  async start(): Promise<void> {
    const run = this.run;
    try {
      await this.startInner();
    } catch (err) {
      this.fail(err);
    }
    const missed = this.missed.take();
    if (missed && !run.signal.aborted) this.onPageChange(missed);
  }

  private async startInner(): Promise<void> {
    const signal = this.run.signal;
    let enabled = true;
    try {
      enabled = (await request('site/get', { host: location.hostname })).enabled;
    } catch (err) {
      console.warn('[gloss] site setting unavailable; running', err);
    }
    if (!enabled) {
      this.setStatus('disabled', 'Gloss is off for this site.');
      return;
    }

    const verdict = detectArticle(document, location.href);
    if (!verdict.isArticle) {
      // The reader gets a sentence; the detector's signal codes stay in the page's console.
      console.debug('[gloss]', verdict.reason);
      this.setStatus('not-article', notArticleReason(verdict));
      await this.startNotes(false);
      return;
    }
    const found = extractArticle(document, location.href);
    if (!found || found.text.trim().length === 0) {
      this.setStatus('not-article', 'No article body was found on this page.');
      await this.startNotes(false);
      return;
    }
    this.map = found.map;
    this.articleRoot = found.root;
    this.article = {
      url: canonicalUrl(location.href),
      title: found.title ?? document.title,
      byline: found.byline,
      published: found.published,
      site: found.site,
      lang: found.lang,
    };
    // Other languages get notes, not highlights.
    const lang = unreadLanguage(found.lang);
    if (lang) {
      this.setStatus(
        'unsupported-language',
        `Gloss reads English only: this article is in ${languageName(lang)}. Notes still work.`,
      );
      await this.startNotes(true);
      return;
    }
    if (found.text.length > MAX_ANALYSED_CHARS) {
      this.setStatus('article', 'This article is too long to analyse; notes still work.');
      await this.startNotes(true);
      return;
    }

    this.analysedText = found.text;
    let analysis: ResponseOf<'analyze'>;
    try {
      analysis = await request('analyze', { text: found.text, regions: found.regions });
    } catch (err) {
      if (signal.aborted) return;
      // The notes do not depend on the analysis: a failed model load must not hide them.
      console.error('[gloss] analysis', err);
      this.setStatus(
        'error',
        `the article could not be analysed (${messageOf(err)}); your notes still work`,
      );
      await this.startNotes(true);
      return;
    }
    if (signal.aborted) return;
    this.view = buildArticleView(analysis, found.map, document);
    this.paintAnalysis();
    this.setStatus('article');
    await this.startNotes(true);
    this.watchPointer();
    try {
      const seen = await request('article/seen', {
        article: this.article,
        // Two linked entities can fold to one key; the repository merges them (mergeSeenEntities).
        entities: [...this.view.entities.values()].map((e) => ({
          key: e.key,
          type: e.type,
          name: e.name,
          aliases: e.aliases,
          mentions: e.mentions,
        })),
        claims: analysis.claims.filter((c) => c.score >= 0.5),
      });
      this.earlier = seen.histories;
    } catch (err) {
      // The highlights stand without history; the cards say what they know.
      console.warn('[gloss] could not record the visit', err);
    }
  }

  private paintAnalysis(): void {
    if (!this.view) return;
    const painter = this.ensurePainter();
    const byKind = new Map<string, Range[]>();
    for (const m of this.view.mentions) {
      const list = byKind.get(m.type) ?? [];
      list.push(m.range);
      byKind.set(m.type, list);
    }
    for (const [kind, ranges] of byKind) painter.set(kind as NameMention['type'], ranges);
    painter.set(
      'claim',
      this.view.claims.map((c) => c.range),
    );
  }

  private ensurePainter(): Painter {
    this.painter ??= createPainter(document, this.articleRoot);
    return this.painter;
  }

  private async ensureUi(): Promise<void> {
    if (this.ui) return;
    this.ui = await mountOverlay(this.ctx, this.overlay, {
      closeCard: () => this.closeCard(),
      addNoteFromSelection: () => void this.addNoteFromSelection(),
      addNoteOnEntity: () => this.addNoteOnCard(),
      addNoteOnClaim: () => this.addNoteOnCard(),
      openNote: (id) => this.focusNote(id),
      saveEditor: (body) => void this.notes?.saveEditor(body),
      cancelEditor: () => this.overlay.set({ editor: null }),
      updateNote: (id, body) => void this.notes?.update(id, body),
      deleteNote: (id) => void this.notes?.remove(id),
      dismissError: () => this.overlay.set({ error: null }),
    });
  }

  /** Loads and paints this page's notes; on articles, offers "Add note" for selections. */
  private async startNotes(offerOnSelection: boolean): Promise<void> {
    const notes = new NotesLayer({
      articleUrl: this.article.url,
      articleTitle: this.article.title,
      painter: this.ensurePainter(),
      overlay: this.overlay,
      onChange: () => undefined,
    });
    this.notes = notes;
    try {
      await notes.load();
    } catch (err) {
      this.reason = `Your notes could not be loaded: ${messageOf(err)}`;
      console.error('[gloss] notes', err);
    }
    if (notes.notes.length > 0) await this.ensureUi();
    if (offerOnSelection) this.watchSelection();
  }

  private watchSelection(): void {
    const signal = this.run.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const range = notableSelection(document);
        if (!range) {
          if (this.overlay.get().selection) this.overlay.set({ selection: null });
          return;
        }
        await this.ensureUi();
        const rects = range.getClientRects();
        const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
        this.overlay.set({ selection: { anchor: toAnchor(last) } });
      }, SELECTION_SETTLE_MS);
    };
    document.addEventListener('selectionchange', check, { signal });
    signal.addEventListener('abort', () => clearTimeout(timer));
  }

  private watchPointer(): void {
    this.hover = watchHover<Target>({
      signal: this.run.signal,
      hit: (x, y) => this.hit(x, y),
      open: (t) => void this.openCard(t),
      // A reader working in the card (focus inside it: editing a note, confirming a delete) keeps it
      // when the pointer drifts away; Escape still closes it.
      close: () => {
        if (document.activeElement?.localName !== 'gloss-ui') this.overlay.set({ card: null });
      },
      isOwnUi: (target) => target instanceof Element && target.localName === 'gloss-ui',
    });
    // Escape closes an open card wherever the focus is (inside the card, the card handles it).
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.overlay.get().card) this.closeCard();
      },
      { signal: this.run.signal },
    );
  }

  /** What is under a viewport point: a note, else an entity, else a claim. */
  private hit(x: number, y: number): Target | null {
    const note = this.notes?.noteAt(x, y);
    if (note) return { id: `n:${note.note.id}`, kind: 'note', ...note, x, y };
    if (!this.view || !this.map) return null;
    const caret = caretAt(document, x, y);
    if (!caret) return null;
    const offset = this.map.fromPoint(caret.node, caret.offset);
    if (offset === null) return null;
    // The caret sits between characters: look at the character after it and the one before.
    for (const at of [offset, offset - 1]) {
      const mention = spanAt(this.view.mentions, at);
      if (mention && rangeContainsPoint(mention.range, x, y)) {
        return { id: `m:${mention.start}`, kind: 'entity', mention, range: mention.range, x, y };
      }
    }
    const claim = spanAt(this.view.claims, offset);
    if (claim && rangeContainsPoint(claim.range, x, y)) {
      return { id: `c:${claim.start}`, kind: 'claim', claim, x, y };
    }
    return null;
  }

  private async openCard(t: Target): Promise<void> {
    await this.ensureUi();
    if (t.kind === 'note') {
      this.overlay.set({
        card: { kind: 'note', note: t.note, anchor: toAnchor(rectNearPoint(t.range, t.x, t.y)) },
      });
      return;
    }
    if (t.kind === 'claim') {
      this.overlay.set({
        card: {
          kind: 'claim',
          data: this.claimCard(t.claim),
          anchor: toAnchor(rectNearPoint(t.claim.range, t.x, t.y)),
        },
      });
      return;
    }
    const data = this.entityCard(t.mention);
    if (!data) return;
    const anchor = toAnchor(rectNearPoint(t.range, t.x, t.y));
    this.overlay.set({ card: { kind: 'entity', data, anchor, mentionStart: t.mention.start } });
    try {
      const history = await request('entity/history', {
        key: data.key,
        articleUrl: this.article.url,
      });
      const card = this.overlay.get().card;
      if (card?.kind !== 'entity' || card.data.key !== data.key) return;
      const noteIds = new Set(data.notes.map((n) => n.id));
      this.overlay.set({
        card: {
          ...card,
          data: {
            ...card.data,
            earlier: history.earlier,
            earlierCount: history.earlierCount,
            notes: [...card.data.notes, ...history.notes.filter((n) => !noteIds.has(n.id))],
          },
        },
      });
    } catch (err) {
      console.warn('[gloss] entity history unavailable', err);
    }
  }

  /** A claim card's data: the claim, and the name of its speaker's entity when it has one. */
  private claimCard(claim: PaintedClaim): ClaimCardData {
    const speaker = claim.speakerId ? this.view?.entities.get(claim.speakerId)?.name : undefined;
    return speaker ? { claim: stripRange(claim), speaker } : { claim: stripRange(claim) };
  }

  private entityCard(mention: NameMention): EntityCardData | null {
    const entity = this.view?.entities.get(mention.entityId);
    if (!this.view || !entity) return null;
    const names = entity.aliases.map((a) => a.toLowerCase());
    const notesHere = (this.notes?.notes ?? []).filter(
      (n) =>
        n.entityKey === entity.key || names.some((a) => n.anchor.exact.toLowerCase().includes(a)),
    );
    return {
      key: entity.key,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      mentionCount: entity.mentions,
      snippets: mentionSnippets(
        this.view.text,
        this.view.mentions,
        entity.id,
        MAX_SNIPPETS,
        this.view.analysis.sentences,
      ),
      earlier: [],
      earlierCount: this.earlier[entity.key]?.earlierCount ?? 0,
      notes: notesHere,
    };
  }

  private closeCard(): void {
    this.hover?.forget();
    this.overlay.set({ card: null });
  }

  /** "Add note" on an entity or claim card: a note on the hovered words, linked to the entity. */
  private addNoteOnCard(): void {
    const card = this.overlay.get().card;
    if (!card || !this.notes || !this.view) return;
    if (card.kind === 'entity') {
      const m = this.view.mentions.find((x) => x.start === card.mentionStart);
      if (m) this.notes.startNote(m.range, card.data.key);
    } else if (card.kind === 'claim') {
      const c = this.view.claims.find((x) => x.start === card.data.claim.start);
      if (c) this.notes.startNote(c.range);
    }
    this.hover?.forget();
  }

  private async addNoteFromSelection(): Promise<void> {
    const range = notableSelection(document);
    if (!range) {
      await this.ensureUi();
      this.overlay.set({ error: 'Select the words the note is about, then choose Add note.' });
      return;
    }
    if (!this.notes) await this.startNotes(false);
    await this.ensureUi();
    this.notes?.startNote(range);
  }

  /** Scrolls a mention or a claim into view and opens its card (asked from the popup). */
  private async focusSpan(span: NameMention | PaintedClaim | undefined): Promise<boolean> {
    if (!span) return false;
    span.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = span.range.getBoundingClientRect();
    const x = rect.left + 1;
    const y = rect.top + 1;
    await this.openCard(
      'entityId' in span
        ? { id: `m:${span.start}`, kind: 'entity', mention: span, range: span.range, x, y }
        : { id: `c:${span.start}`, kind: 'claim', claim: span, x, y },
    );
    return true;
  }

  private focusNote(id: string): boolean {
    const range = this.notes?.ranges.get(id);
    const note = this.notes?.notes.find((n) => n.id === id);
    if (!range || !note) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    void this.ensureUi().then(() => {
      this.overlay.set({
        card: { kind: 'note', note, anchor: toAnchor(range.getBoundingClientRect()) },
      });
    });
    return true;
  }

  private setStatus(status: TabStatus, reason?: string): void {
    this.status = status;
    this.reason = reason;
  }

  private fail(err: unknown): void {
    console.error('[gloss]', err);
    this.setStatus('error', messageOf(err));
  }

  /** Removes everything Gloss added to the page. */
  stop(): void {
    this.run.abort();
    this.painter?.clear();
    this.painter = null;
    this.focusedEntity = null;
    this.ui?.remove();
    this.ui = null;
    this.overlay.set(EMPTY_OVERLAY);
    this.view = null;
    this.map = null;
    this.notes = null;
    this.analysedText = null;
    this.hover = null;
  }

  /** Starts again (the site switch changed, or the popup asked). */
  async restart(): Promise<void> {
    this.stop();
    this.run = new AbortController();
    this.status = 'loading';
    await this.start();
  }
}

function stripRange(c: PaintedClaim) {
  const { range: _range, ...claim } = c;
  return claim;
}

/** The English name of a language code, for the reader ("de" → "German"). */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
