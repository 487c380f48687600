// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorToast } from '../../../components/ErrorToast';
import { SelectionButton } from '../../../components/SelectionButton';
import { click, HOSTILE, mount, one, unmountAll } from './render';

afterEach(unmountAll);

describe('SelectionButton', () => {
  it('says Add note, sits where it is told and reports clicks', () => {
    const onAddNote = vi.fn();
    const c = mount(<SelectionButton x={120} y={48} onAddNote={onAddNote} />);
    const button = one(c, '[data-gloss-add-note]');
    expect(button.textContent).toContain('Add note');
    expect(button.style.left).toBe('120px');
    expect(button.style.top).toBe('48px');
    click(button);
    expect(onAddNote).toHaveBeenCalledTimes(1);
  });

  it('does not take focus on mouse down, so the selection survives', () => {
    const c = mount(<SelectionButton x={0} y={0} onAddNote={vi.fn()} />);
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    one(c, '[data-gloss-add-note]').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('ErrorToast', () => {
  it('shows the message as text and can be dismissed', () => {
    const onDismiss = vi.fn();
    const c = mount(<ErrorToast message={`Note not saved: ${HOSTILE}`} onDismiss={onDismiss} />);
    const toast = one(c, '[data-gloss-error]');
    expect(toast.getAttribute('role')).toBe('alert');
    expect(toast.textContent).toContain(`Note not saved: ${HOSTILE}`);
    expect(c.querySelector('img')).toBeNull();
    click(one(c, 'button'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('has no dismiss button without a handler', () => {
    const c = mount(<ErrorToast message="Could not read the page" />);
    expect(c.querySelector('button')).toBeNull();
  });
});
