/**
 * The card of a named entity, in the manner of a page preview: its name and type, the other names
 * it goes by here, where it appears in this article, the earlier articles that named it, and the
 * reader's notes on it.
 */
import { CardShell } from './CardShell';
import { counted, TYPE_LABELS } from './labels';
import { type EntityCardData, MAX_SNIPPETS } from './types';

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  entity: EntityCardData;
  /** The reader asks to write a note on this entity. */
  onAddNote?: () => void;
  /** The reader asks to see a note of this entity (by id). */
  onOpenNote?: (id: string) => void;
  /** Escape pressed inside the card. */
  onClose?: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** Card of one entity. Root: `[data-gloss-card][data-kind="entity"]`. */
export function EntityCard({
  entity,
  onAddNote,
  onOpenNote,
  onClose,
  onPointerEnter,
  onPointerLeave,
}: EntityCardProps) {
  const otherNames = entity.aliases.filter((alias) => alias !== entity.name);
  const snippets = entity.snippets.slice(0, MAX_SNIPPETS);
  const hiddenSnippets = Math.max(0, entity.mentionCount - snippets.length);

  return (
    <CardShell
      kind="entity"
      label={entity.name}
      title={entity.name}
      badge={TYPE_LABELS[entity.type]}
      badgeClass={`g-type-${entity.type}`}
      entityType={entity.type}
      onClose={onClose}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {otherNames.length > 0 ? (
        <p class="g-meta" data-gloss-aliases="">
          Also: {otherNames.join(', ')}
        </p>
      ) : null}

      <h3 class="g-section-title">In this article · {counted(entity.mentionCount, 'mention')}</h3>
      <ul class="g-snippets" data-gloss-mentions="">
        {snippets.map((snippet, i) => (
          // Snippets have no identity of their own; their order is stable for a given card.
          <li
            key={i}
            class={`g-snippet${snippet.clippedBefore ? ' g-clip-before' : ''}${snippet.clippedAfter ? ' g-clip-after' : ''}`}
          >
            {snippet.before}
            <mark class="g-mention">{snippet.text}</mark>
            {snippet.after}
          </li>
        ))}
      </ul>
      {hiddenSnippets > 0 ? (
        <p class="g-meta">and {counted(hiddenSnippets, 'more mention')}</p>
      ) : null}

      <div class="g-history" data-gloss-history="">
        {entity.earlierCount > 0 ? (
          <>
            <h3 class="g-section-title">
              Seen in {counted(entity.earlierCount, 'earlier article')}
            </h3>
            <ul class="g-list">
              {entity.earlier.map((sighting) => (
                <li key={sighting.articleUrl} title={sighting.articleUrl}>
                  {sighting.articleTitle || sighting.articleUrl}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="g-meta">First time you meet it in your reading</p>
        )}
      </div>

      {entity.notes.length > 0 ? (
        <>
          <h3 class="g-section-title">Your notes</h3>
          <ul class="g-list g-notes" data-gloss-card-notes="">
            {entity.notes.map((note) => (
              <li key={note.id}>
                {onOpenNote ? (
                  <button type="button" class="g-link" onClick={() => onOpenNote(note.id)}>
                    {note.body}
                  </button>
                ) : (
                  note.body
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {onAddNote ? (
        <div class="g-actions">
          <button
            type="button"
            class="g-button g-button-primary"
            data-gloss-card-add-note=""
            onClick={onAddNote}
          >
            Add note
          </button>
        </div>
      ) : null}
    </CardShell>
  );
}
