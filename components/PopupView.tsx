/**
 * The whole popup for one tab: a status line, the article's entities grouped by kind with their
 * mention counts, its claims with score and kind, the reader's notes on it, and the site switch.
 */
import {
  CLAIM_KINDS,
  type Claim,
  type ClaimKind,
  NAME_TYPES,
  type NameType,
} from '../analysis/types';
import type { TabEntity, TabState } from '../messaging/protocol';
import type { NoteRecord } from '../storage/records';
import { CLAIM_KIND_LABELS, counted, percent, statusMessage, TYPE_LABELS } from './labels';
import { NoteDeleteButton } from './NoteDeleteButton';

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  /** The tab's state; null while it has not answered. */
  state: TabState | null;
  /** Whether Gloss runs on this site; defaults to "not disabled" as the tab reports it. */
  siteEnabled?: boolean;
  onToggleSite: (enabled: boolean) => void;
  onDeleteNote: (id: string) => void;
  onFocusNote: (id: string) => void;
  /** The reader picked an entity: show its first mention on the page (by analysis id). */
  onFocusEntity?: (id: string) => void;
  /** The reader picked a claim: show it on the page (by its start offset). */
  onFocusClaim?: (start: number) => void;
  /** The reader wants every note, on every article: opens the library page. */
  onOpenLibrary?: () => void;
}

/** Plural headings of the entity groups. */
const GROUP_TITLES: Record<NameType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  event: 'Events',
  work: 'Works',
  product: 'Products',
  law: 'Laws and treaties',
  group: 'Groups',
  other: 'Other',
};

/** Entities by kind, in the order of NAME_TYPES, each group sorted by mentions (most first). */
export function groupEntities(entities: TabEntity[]): Array<[NameType, TabEntity[]]> {
  const groups: Array<[NameType, TabEntity[]]> = [];
  for (const type of NAME_TYPES) {
    const members = entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    if (members.length > 0) groups.push([type, members]);
  }
  return groups;
}

/** Group key of a claim: its first (strongest) kind, or "other" for a claim the model flags without a rule cue. */
export type ClaimGroup = ClaimKind | 'other';

const CLAIM_GROUP_TITLES: Record<ClaimGroup, string> = {
  statistic: 'Statistics',
  comparison: 'Comparisons',
  'date-event': 'Dates and events',
  quotation: 'Quotations',
  commitment: 'Commitments',
  prediction: 'Predictions',
  causal: 'Causes and effects',
  other: 'Other check-worthy statements',
};

/**
 * Claims by their first kind, each group sorted by score (most worth checking first), and the groups
 * ordered by their best claim, so the claim a reader should check first heads the list whatever its
 * kind (ties keep the order of CLAIM_KINDS, claims with no kind last); a claim's further kinds are
 * shown as chips.
 */
export function groupClaims(claims: Claim[]): Array<[ClaimGroup, Claim[]]> {
  const groups: Array<[ClaimGroup, Claim[]]> = [];
  for (const kind of [...CLAIM_KINDS, 'other'] as const) {
    const members = claims
      .filter((c) => (c.kinds[0] ?? 'other') === kind)
      .sort((a, b) => b.score - a.score || a.start - b.start);
    if (members.length > 0) groups.push([kind, members]);
  }
  // Array.prototype.sort is stable: equal best scores keep the kinds' order.
  return groups.sort((a, b) => b[1][0]!.score - a[1][0]!.score);
}

/** One note in the popup list, with "Show" and a delete that confirms in place. */
function NoteItem({
  note,
  orphan,
  onDelete,
  onFocus,
}: {
  note: NoteRecord;
  /** The passage is not on the page as it is now: the note is kept, shown here, not painted. */
  orphan: boolean;
  onDelete: (id: string) => void;
  onFocus: (id: string) => void;
}) {
  return (
    <li class="p-note" data-note-id={note.id} data-gloss-orphan={orphan ? '' : undefined}>
      <blockquote class="p-quote">{note.anchor.exact}</blockquote>
      {orphan ? (
        <p class="p-meta">This passage is no longer on the page; the note is kept.</p>
      ) : null}
      <p class="p-note-body">{note.body}</p>
      <div class="p-row-actions">
        <NoteDeleteButton prefix="p" onConfirm={() => onDelete(note.id)}>
          <button
            type="button"
            class="p-button"
            data-gloss-note-focus=""
            onClick={() => onFocus(note.id)}
          >
            Show
          </button>
        </NoteDeleteButton>
      </div>
    </li>
  );
}

/** The popup. Status `[data-gloss-popup-status]`, groups `[data-gloss-group=kind]`, etc. */
export function PopupView({
  state,
  siteEnabled,
  onToggleSite,
  onDeleteNote,
  onFocusNote,
  onFocusEntity,
  onFocusClaim,
  onOpenLibrary,
}: PopupViewProps) {
  const enabled = siteEnabled ?? state?.status !== 'disabled';
  const groups = groupEntities(state?.entities ?? []);
  const claims = state?.claims ?? [];
  const claimGroups = groupClaims(claims);
  const notes = state?.notes ?? [];
  const orphans = new Set(state?.orphanNoteIds ?? []);
  const status = state?.status ?? 'loading';

  return (
    <main class="p-popup" data-status={status}>
      <header class="p-header">
        <h1 class="p-brand">Gloss</h1>
        {state?.host ? (
          <label class="p-switch">
            <input
              type="checkbox"
              data-gloss-site-toggle=""
              checked={enabled}
              onChange={(event) => onToggleSite(event.currentTarget.checked)}
            />
            <span>On for {state.host}</span>
          </label>
        ) : null}
      </header>

      <p class={`p-status p-status-${status}`} data-gloss-popup-status="" role="status">
        {statusMessage(state)}
      </p>
      {state?.status === 'article' && state.article ? (
        <p class="p-article" data-gloss-popup-article="">
          <span class="p-article-title">{state.article.title}</span>
          {state.article.site ? <span class="p-meta"> · {state.article.site}</span> : null}
        </p>
      ) : null}
      {/*
        The reason adds to the status line, except where the status already says it all. It is a
        sentence for the reader ("This page doesn't look like a news article: too little running
        text."); the article detector's signal codes never reach the popup.
      */}
      {state?.reason && state.status !== 'error' && state.status !== 'disabled' ? (
        <p class="p-meta" data-gloss-popup-reason="">
          {state.reason}
        </p>
      ) : null}

      {groups.length > 0 ? (
        <section class="p-section" aria-label="Entities">
          {groups.map(([type, members]) => (
            <div class="p-group" data-gloss-group={type} key={type}>
              <h2 class="p-section-title">
                {GROUP_TITLES[type]} <span class="p-count">{members.length}</span>
              </h2>
              <ul class="p-entities">
                {members.map((entity) => (
                  <li key={entity.id} class={`p-entity p-type-${type}`} title={TYPE_LABELS[type]}>
                    <button
                      type="button"
                      class="p-entity-name p-focus"
                      data-gloss-focus-entity={entity.id}
                      title={`Show ${entity.name} in the article`}
                      onClick={() => onFocusEntity?.(entity.id)}
                    >
                      {entity.name}
                    </button>
                    <span class="p-count" data-gloss-mention-count="">
                      {entity.mentions}
                    </span>
                    {entity.earlierArticles > 0 ? (
                      <span
                        class="p-meta p-seen"
                        title={`Seen in ${counted(entity.earlierArticles, 'earlier article')}`}
                      >
                        {entity.earlierArticles} earlier
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      {claims.length > 0 ? (
        <section class="p-section" aria-label="Claims" data-gloss-claims="">
          {claimGroups.map(([kind, members]) => (
            <div class="p-group" data-gloss-claim-group={kind} key={kind}>
              <h2 class="p-section-title">
                {CLAIM_GROUP_TITLES[kind]} <span class="p-count">{members.length}</span>
              </h2>
              <ul class="p-claims">
                {members.map((claim) => (
                  <li key={`${claim.start}-${claim.end}`} class="p-claim">
                    <span class="p-score" data-score={claim.score.toFixed(2)}>
                      {percent(claim.score)}
                    </span>
                    <button
                      type="button"
                      class="p-claim-text p-focus"
                      data-gloss-focus-claim={claim.start}
                      title="Show this claim in the article"
                      onClick={() => onFocusClaim?.(claim.start)}
                    >
                      {claim.text}
                    </button>
                    {claim.kinds.length > 1 ? (
                      <span class="p-chips">
                        {claim.kinds.slice(1).map((other) => (
                          <span class="p-chip" key={other}>
                            {CLAIM_KIND_LABELS[other]}
                          </span>
                        ))}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      {state?.status === 'article' || notes.length > 0 ? (
        <section class="p-section" aria-label="Your notes">
          <h2 class="p-section-title">
            Your notes <span class="p-count">{notes.length}</span>
          </h2>
          {notes.length === 0 ? (
            <p class="p-meta">Select a passage on the page and choose "Add note".</p>
          ) : null}
          <ul class="p-notes" data-gloss-notes="">
            {notes.map((note) => (
              <NoteItem
                key={note.id}
                note={note}
                orphan={orphans.has(note.id)}
                onDelete={onDeleteNote}
                onFocus={onFocusNote}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {onOpenLibrary ? (
        <footer class="p-footer">
          <button type="button" class="p-button" data-gloss-open-library="" onClick={onOpenLibrary}>
            All your notes, export and import…
          </button>
        </footer>
      ) : null}
    </main>
  );
}
