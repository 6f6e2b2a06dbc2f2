// The app's one modal: a native <dialog> shown with showModal (focus stays inside, the
// page behind is inert), added to the page while it asks and removed once answered. Focus
// starts on Cancel; Escape cancels.
import { h } from '../lib/dom.js';
import { t } from '../lib/l10n.js';

/**
 * Asks, and resolves with `answer()` on confirm or null on Cancel or Escape.
 * @template T
 * @param {{ name: string, className?: string, titleId: string, textId: string, content: (Node | null)[], cancel: HTMLButtonElement, confirm: HTMLButtonElement, answer: () => T }} o
 *   `name` is the dialog's `data-dialog`; `titleId` and `textId` label and describe it
 * @returns {Promise<T | null>}
 */
export function askModal(o) {
  const el = h('dialog', { class: o.className ?? 'confirm', 'data-dialog': o.name, 'aria-labelledby': o.titleId, 'aria-describedby': o.textId },
    ...o.content,
    h('div', { class: 'actions' }, o.cancel, o.confirm));
  document.body.append(el);
  return new Promise((resolve) => {
    /** @param {T | null} v */
    const finish = (v) => {
      if (el.open) el.close();
      el.remove();
      resolve(v);
    };
    o.confirm.addEventListener('click', () => finish(o.answer()));
    o.cancel.addEventListener('click', () => finish(null));
    el.addEventListener('cancel', (e) => { e.preventDefault(); finish(null); });
    el.showModal();
    o.cancel.focus();
  });
}

/**
 * A yes-or-no question with a dangerous action, e.g. removing something.
 * @param {{ title: string, text: string, action: string }} o
 * @returns {Promise<boolean>} true when confirmed
 */
export async function confirmModal(o) {
  const answer = await askModal({
    name: 'confirm',
    titleId: 'confirm-title',
    textId: 'confirm-text',
    content: [h('h2', { id: 'confirm-title' }, o.title), h('p', { id: 'confirm-text' }, o.text)],
    cancel: h('button', { type: 'button', 'data-action': 'cancel', autofocus: true }, t('widget-cancel')),
    confirm: h('button', { type: 'button', class: 'danger', 'data-action': 'confirm' }, o.action),
    answer: () => true,
  });
  return answer === true;
}
