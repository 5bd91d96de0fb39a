// The history and problems views beside the chart; every text is set as text, never as markup.
import { el, fill } from './html.js';
import { format } from './dialogs.js';
import { localized } from './tasks.js';

export class HistoryView {
  constructor(node, workbench) {
    this.node = node;
    this.wb = workbench;
  }

  async show(item) {
    if (!this.node) {
      return;
    }
    if (!item) {
      fill(this.node, el('p', { class: 'rb-muted' }, this.wb.labels['props.none']));
      return;
    }
    try {
      const entries = await this.wb.api.get(`/items/${item.id}/history`);
      this.render(entries || []);
    } catch (error) {
      fill(this.node, el('p', { class: 'rb-error' }, error.message));
    }
  }

  render(entries) {
    fill(this.node, historyTable(entries, this.wb));
  }
}

/** The history in the properties panel: collapsed at first, read when opened and after changes while open. */
export class HistoryDetails {
  constructor(workbench) {
    this.wb = workbench;
    this.body = el('div', { class: 'rb-props-history-body' });
    this.node = el('details', { class: 'rb-props-history' }, el('summary', {}, workbench.labels['props.history']), this.body);
    this.node.addEventListener('toggle', () => this.reload(this.item));
    this.item = null;
  }

  show(item) {
    this.item = item;
    fill(this.body);
    this.reload(item);
  }

  async reload(item) {
    if (!item || item !== this.item && item.id !== this.item?.id) {
      return;
    }
    this.item = item;
    if (!this.node.open) {
      return;
    }
    try {
      const entries = await this.wb.api.get(`/items/${item.id}/history`);
      if (this.item === item) {
        fill(this.body, historyTable(entries || [], this.wb));
      }
    } catch (error) {
      fill(this.body, el('p', { class: 'rb-error' }, error.message));
    }
  }
}

/** An action's history, newest first: when, who, which field, before and after; every cell is text. */
export function historyTable(entries, wb) {
  const labels = wb.labels;
  if (!entries.length) {
    return el('p', { class: 'rb-muted' }, labels['history.empty']);
  }
  const locale = wb.language === 'zh' ? 'zh-CN' : 'en';
  const rows = [...entries].reverse().map((entry) => el('tr', {},
    el('td', {}, entry.at ? new Date(entry.at).toLocaleString(locale) : ''), el('td', {}, entry.by || ''),
    el('td', {}, fieldLabel(entry.field, wb)), el('td', {}, entry.from ?? ''), el('td', {}, entry.to ?? '')));
  return el('table', { class: 'rb-table rb-history' },
    el('thead', {}, el('tr', {}, ['history.at', 'history.by', 'conflict.field', 'history.from', 'history.to']
      .map((key) => el('th', {}, labels[key])))),
    el('tbody', {}, rows));
}

/** A history field's name in the page's language; plugin fields (`custom.key`) by the label their plugin gives. */
function fieldLabel(field, wb) {
  if (!field) {
    return '';
  }
  if (wb.labels[`field.${field}`]) {
    return wb.labels[`field.${field}`];
  }
  if (field.startsWith('custom.')) {
    const key = field.slice('custom.'.length);
    const declared = wb.areas.flatMap((area) => area.fields || []).find((f) => f.key === key);
    return declared ? localized(declared.label, wb.language) || key : key;
  }
  return field;
}

/** Which arguments of each problem are action ids, shown to planners as action numbers. */
const ID_ARGUMENTS = { OUTSIDE_TIME_FRAME: [0], DEPENDENCY_VIOLATED: [0, 1], NO_DATES: [0], OUTSIDE_PARENT: [0, 1], END_BEFORE_START: [0] };

export class ProblemsView {
  constructor(node, workbench) {
    this.node = node;
    this.wb = workbench;
  }

  /** The problem in the page's language with action numbers, or the server's text when no template fits. */
  text(problem) {
    const template = this.wb.labels[`problemText.${problem.code}`];
    if (!template || !Array.isArray(problem.arguments)) {
      return problem.message || '';
    }
    const ids = ID_ARGUMENTS[problem.code] || [];
    const args = problem.arguments.map((arg, index) => (ids.includes(index) && this.wb.item(arg) ? this.wb.item(arg).number : arg));
    return format(template, ...args);
  }

  show(problems) {
    if (!this.node) {
      return;
    }
    const labels = this.wb.labels;
    if (!problems.length) {
      fill(this.node, el('p', { class: 'rb-muted' }, labels['problems.none']));
      return;
    }
    fill(this.node, el('ul', { class: 'rb-problems' }, problems.map((problem) => {
      const item = this.wb.item(problem.item);
      const button = el('button', { type: 'button', class: 'rb-problem', 'data-item': problem.item },
        el('span', { class: 'rb-problem-code' }, labels[`problem.${problem.code}`] || problem.code),
        el('span', { class: 'rb-problem-number' }, item ? item.number : ''),
        el('span', { class: 'rb-problem-message' }, this.text(problem)));
      button.addEventListener('click', () => this.wb.select(problem.item, true));
      return el('li', {}, button);
    })));
  }
}
