/** The small "Add note" button shown next to the reader's selection. */

/** Props of {@link SelectionButton}. */
export interface SelectionButtonProps {
  /** Position in the coordinates of the positioned container (usually the viewport), in pixels. */
  x: number;
  y: number;
  onAddNote: () => void;
}

/**
 * The button `[data-gloss-add-note]`. It keeps the page's selection alive by not taking focus
 * on mouse down, so the note is made on the passage the reader selected.
 */
export function SelectionButton({ x, y, onAddNote }: SelectionButtonProps) {
  return (
    <button
      type="button"
      class="g-selection-button"
      data-gloss-add-note=""
      style={{ left: `${x}px`, top: `${y}px` }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onAddNote}
    >
      <span aria-hidden="true" class="g-selection-icon">
        ✎
      </span>
      Add note
    </button>
  );
}
