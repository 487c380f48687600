/**
 * The card of a check-worthy claim: the sentence, how check-worthy it scored (a small meter),
 * what kind of checkable statement it is, and the reasons with the words that triggered them.
 */
import { CardShell } from './CardShell';
import { CLAIM_KIND_LABELS, percent } from './labels';
import type { ClaimCardData } from './types';

/** Props of {@link ClaimCard}. */
export interface ClaimCardProps extends ClaimCardData {
  onAddNote?: () => void;
  onClose?: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** `text` with its first letter in upper case, to start a list item like a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A reason "label: cue words" split at its first colon, so the cue words can stand out. */
function splitReason(reason: string): { label: string; cues: string } {
  const at = reason.indexOf(':');
  if (at < 0) return { label: capitalised(reason), cues: '' };
  return { label: capitalised(reason.slice(0, at)), cues: reason.slice(at + 1).trim() };
}

/** Card of one claim. Root: `[data-gloss-card][data-kind="claim"]`. */
export function ClaimCard({
  claim,
  speaker,
  onAddNote,
  onClose,
  onPointerEnter,
  onPointerLeave,
}: ClaimCardProps) {
  const score = Math.max(0, Math.min(1, claim.score));
  return (
    <CardShell
      kind="claim"
      label="Check-worthy claim"
      title="Check-worthy claim"
      badge="Claim"
      badgeClass="g-type-claim"
      onClose={onClose}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <blockquote class="g-quote g-claim-text">{claim.text}</blockquote>
      {speaker ? (
        <p class="g-meta" data-gloss-claim-speaker="">
          Said by {speaker}
        </p>
      ) : null}
      <div class="g-score" data-gloss-claim-score="" data-score={score.toFixed(2)}>
        <span class="g-score-label">Check-worthiness</span>
        <meter class="g-meter" min={0} max={1} value={score} aria-label="Check-worthiness" />
        <span class="g-score-value">{percent(score)}</span>
      </div>
      {claim.kinds.length > 0 ? (
        <ul class="g-chips" data-gloss-claim-kinds="">
          {claim.kinds.map((kind) => (
            <li key={kind} class="g-chip">
              {CLAIM_KIND_LABELS[kind]}
            </li>
          ))}
        </ul>
      ) : null}
      {claim.reasons.length > 0 ? (
        <>
          <h3 class="g-section-title">Why it was flagged</h3>
          <ul class="g-list" data-gloss-claim-reasons="">
            {claim.reasons.map((reason) => {
              const { label, cues } = splitReason(reason);
              return (
                <li key={reason}>
                  {label}
                  {cues ? (
                    <>
                      {': '}
                      <q class="g-cue">{cues}</q>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {onAddNote ? (
        <div class="g-actions">
          <button type="button" class="g-button" data-gloss-card-add-note="" onClick={onAddNote}>
            Add note
          </button>
        </div>
      ) : null}
    </CardShell>
  );
}
