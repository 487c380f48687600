/** A short message telling the reader what did not work (a note not saved, a page not read). */

/** Props of {@link ErrorToast}. */
export interface ErrorToastProps {
  /** What did not work, in plain words; shown as text. */
  message: string;
  onDismiss?: () => void;
}

/** The toast `[data-gloss-error]`, announced to assistive technology as an alert. */
export function ErrorToast({ message, onDismiss }: ErrorToastProps) {
  return (
    <div class="g-toast" role="alert" data-gloss-error="">
      <span class="g-toast-text">{message}</span>
      {onDismiss ? (
        <button type="button" class="g-toast-close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      ) : null}
    </div>
  );
}
