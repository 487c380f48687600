/** The frame every hover card shares: the section with its data attributes, the header, Escape to close. */
import type { ComponentChildren } from 'preact';

export interface CardShellProps {
  kind: 'entity' | 'claim' | 'note';
  /** Accessible name of the card. */
  label: string;
  title: string;
  badge: string;
  /** Class that colours the badge (e.g. `g-type-person`). */
  badgeClass: string;
  /** The entity type, on entity cards (`data-entity-type`). */
  entityType?: string;
  onClose?: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  children: ComponentChildren;
}

/** A card root `[data-gloss-card][data-kind=…]` with its title `[data-gloss-card-title]` and type badge. */
export function CardShell(props: CardShellProps) {
  const { kind, label, title, badge, badgeClass, entityType, onClose, children } = props;
  return (
    <section
      class="g-card"
      data-gloss-card=""
      data-kind={kind}
      data-entity-type={entityType}
      aria-label={label}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) onClose();
      }}
    >
      <header class="g-card-header">
        <h2 class="g-card-title" data-gloss-card-title="">
          {title}
        </h2>
        <span class={`g-badge ${badgeClass}`} data-gloss-card-type="">
          {badge}
        </span>
      </header>
      {children}
    </section>
  );
}
