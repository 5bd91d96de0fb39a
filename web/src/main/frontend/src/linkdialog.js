// Changing a link: its type and lag in a small dialog (double-click on the arrow, or a link in the properties
// panel), or deleting it; saved through PUT or DELETE /dependencies/{id}.
import { mayEditItem } from './rights.js';
import { el } from './html.js';
import { ask, format } from './dialogs.js';
import { LINK_TYPES } from './tasks.js';

export const MAX_LAG_DAYS = 3650;

/** The change to send, `{ change }` (null when nothing changed) or `{ error }` for a lag that is not whole days. */
export function linkChange(link, type, lagText) {
  const text = String(lagText ?? '').trim();
  const lag = text === '' ? 0 : Number(text);
  if (!Number.isInteger(lag) || Math.abs(lag) > MAX_LAG_DAYS) {
    return { error: 'lag' };
  }
  if (!(type in LINK_TYPES)) {
    return { error: 'type' };
  }
  if (type === link.type && lag === (link.lagDays || 0)) {
    return { change: null };
  }
  return { change: { type, lagDays: lag } };
}

/** A link as planners read it: `11 → 12 FS +3d`. */
export function linkText(link) {
  const lag = link.lagDays || 0;
  return `${link.fromNumber ?? link.from} → ${link.toNumber ?? link.to} ${link.type}${lag ? ` ${lag > 0 ? '+' : ''}${lag}d` : ''}`;
}

export class LinkDialog {
  constructor(workbench, editing) {
    this.wb = workbench;
    this.editing = editing;
  }

  /** Opens the dialog for a link by id; resolves when it is closed and any change saved. */
  async open(id) {
    const link = this.wb.store.dependencies.find((dep) => String(dep.id) === String(id));
    if (!link) {
      return;
    }
    const labels = this.wb.labels;
    const editable = mayEditItem(this.wb, this.wb.item(link.from)) && mayEditItem(this.wb, this.wb.item(link.to));
    const type = el('select', { id: 'rb-link-type', disabled: !editable },
      Object.keys(LINK_TYPES).map((key) => el('option', { value: key, selected: key === link.type }, labels[`link.type.${key}`] || key)));
    const lag = el('input', { id: 'rb-link-lag', type: 'number', step: 1, min: -MAX_LAG_DAYS, max: MAX_LAG_DAYS,
      value: link.lagDays || 0, disabled: !editable });
    const body = el('div', { class: 'rb-link-form' },
      el('div', { class: 'rb-props-field' }, el('label', { for: 'rb-link-type' }, labels['link.type']), type),
      el('div', { class: 'rb-props-field' }, el('label', { for: 'rb-link-lag' }, labels['link.lag']), lag));
    const buttons = editable
      ? [['cancel', labels['button.cancel']], ['delete', labels['link.delete']], ['save', labels['link.save'], true]]
      : [['cancel', labels['button.close']]];
    const answer = await ask('rb-link', format(labels['link.editTitle'], link.fromNumber, link.toNumber), body, buttons);
    if (answer === 'save') {
      await this.save(link, type.value, lag.value);
    } else if (answer === 'delete') {
      await this.remove(link);
    }
  }

  async save(link, type, lagText) {
    const { change, error } = linkChange(link, type, lagText);
    if (error) {
      this.wb.toast(this.wb.labels['link.invalidLag'], 'error');
      return;
    }
    if (!change) {
      return;
    }
    try {
      const saved = await this.wb.api.put(`/dependencies/${link.id}`, change, link.version);
      this.replace(saved);
      this.wb.scheduleChanged();
      this.wb.toast(format(this.wb.labels['link.saved'], linkText(saved)));
    } catch (error) {
      this.wb.toast(error.message, 'error');
    }
  }

  /** Puts the saved link in the plan and the chart, and shows it in the open properties panel. */
  replace(saved) {
    const list = this.wb.store.dependencies;
    const index = list.findIndex((dep) => String(dep.id) === String(saved.id));
    if (index >= 0) {
      list[index] = saved;
    }
    const gantt = this.wb.gantt;
    if (gantt.isLinkExists(saved.id)) {
      Object.assign(gantt.getLink(saved.id), { type: LINK_TYPES[saved.type], lag: saved.lagDays });
      gantt.refreshLink(saved.id);
    }
    this.wb.properties.linksChanged();
  }

  async remove(link) {
    try {
      await this.wb.api.delete(`/dependencies/${link.id}`);
      this.editing.silent = true;
      try {
        this.wb.removeDependency(link.id);
      } finally {
        this.editing.silent = false;
      }
      this.wb.scheduleChanged();
      this.wb.properties.linksChanged();
    } catch (error) {
      this.wb.toast(error.message, 'error');
    }
  }
}

/** The links into and out of an action, each a button that opens the link dialog (the keyboard's way in). */
export function linkList(links, item, labels, open) {
  const touching = links.filter((link) => link.from === item.id || link.to === item.id);
  if (!touching.length) {
    return el('p', { class: 'rb-muted' }, labels['props.noLinks']);
  }
  return el('ul', { class: 'rb-props-link-list' }, touching.map((link) => el('li', {},
    el('button', { type: 'button', class: 'rb-link-button', 'data-link': link.id, title: labels[`link.type.${link.type}`],
      onclick: () => open(link.id) }, linkText(link)))));
}
