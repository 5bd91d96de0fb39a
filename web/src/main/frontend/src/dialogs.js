// Modal questions the planner must answer before a save: the scheduler's preview and a lost update.
import { el } from './html.js';

/** Shows a modal <dialog> and resolves with the value of the button pressed ('cancel' on Escape). */
export function ask(className, title, body, buttons) {
  return new Promise((resolve) => {
    const dialog = el('dialog', { class: `rb-dialog ${className}`, 'aria-labelledby': `${className}-title` },
      el('h2', { id: `${className}-title`, class: 'rb-dialog-title' }, title),
      el('div', { class: 'rb-dialog-body' }, body),
      el('form', { method: 'dialog', class: 'rb-dialog-buttons' },
        buttons.map(([value, label, primary]) => el('button', {
          value, type: 'submit', class: primary ? 'rb-button rb-button-primary' : 'rb-button', 'data-rb-answer': value,
        }, label))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue || 'cancel');
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('.rb-button-primary')?.focus();
  });
}

/** A small table with a header row; every cell is text. */
export function table(className, headers, rows) {
  return el('table', { class: `rb-table ${className}` },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell) => el('td', {}, cell))))));
}

/** Fills a message template such as 'Moving {0} pushes {1} actions'. */
export function format(template, ...args) {
  return String(template || '').replace(/\{(\d+)\}/g, (match, index) => (args[index] ?? ''));
}
