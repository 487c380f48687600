/** Words the components show for enumerated values: claim kinds and tab statuses. */
import type { ClaimKind } from '../analysis/types';
import type { TabState } from '../messaging/protocol';

export { TYPE_LABELS } from '../messaging/protocol';

/** Claim kinds as a reader would name them. */
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  statistic: 'Statistic',
  comparison: 'Comparison',
  'date-event': 'Date or event',
  quotation: 'Quotation',
  commitment: 'Commitment',
  prediction: 'Prediction',
  causal: 'Cause and effect',
};

/** English name of a language tag ("ru" → "Russian"), or the tag itself when unknown. */
export function languageName(tag: string | undefined): string {
  if (!tag) return 'another language';
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The popup's status line for a tab (null: the tab has not answered yet). */
export function statusMessage(state: TabState | null): string {
  if (!state) return 'Reading the page…';
  switch (state.status) {
    case 'loading':
      return 'Reading the page…';
    case 'article':
      return 'Article found';
    case 'not-article':
      return 'No article on this page';
    case 'disabled':
      return 'Gloss is off for this site';
    case 'unsupported-language':
      return `English only: this article is in ${languageName(state.article?.lang)}`;
    case 'error':
      return state.reason ? `Something went wrong: ${state.reason}` : 'Something went wrong';
  }
}

/** A score in [0, 1] as a whole percentage ("82%"). */
export function percent(score: number): string {
  return `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
}

/** A count with its noun, singular or plural ("1 mention", "3 mentions"). */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
