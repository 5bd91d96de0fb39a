// The properties view: every field of the selected action, editable where planners may change it.
import { el, fill } from './html.js';
import { STATUSES } from './columns.js';
import { localized } from './tasks.js';

const EDITABLE = [
  ['titleZh', 'text'], ['titleEn', 'text'], ['plannedStart', 'date'], ['plannedEnd', 'date'],
  ['actualStart', 'date'], ['actualEnd', 'date'], ['status', 'status'], ['progress', 'number'], ['responsible', 'text'],
];

export class PropertiesView {
  constructor(node, workbench) {
    this.node = node;
    this.wb = workbench;
    this.item = null;
    this.dirty = false;
  }

  /** Shows an action; a form the planner is typing in is only replaced when `force` is set. */
  show(item, force = true) {
    if (!this.node || (!force && this.dirty && this.item && item && this.item.id === item.id)) {
      return;
    }
    this.item = item;
    this.dirty = false;
    if (!item) {
      fill(this.node, el('p', { class: 'rb-muted' }, this.wb.labels['props.none']));
      return;
    }
    fill(this.node, this.form(item));
  }

  form(item) {
    const labels = this.wb.labels;
    const form = el('form', { class: 'rb-props-form', 'data-item': item.id, novalidate: true },
      el('h3', { class: 'rb-props-heading' }, `${item.number} · ${this.wb.title(item)}`),
      el('dl', { class: 'rb-props-facts' }, this.facts(item)),
      EDITABLE.map(([field, kind]) => this.input(field, kind, valueOf(item, field))),
      el('section', { class: 'rb-props-contributed', 'data-slot': 'item-fields' },
        el('h4', {}, labels['props.pluginFields']), this.contributed(item)),
      el('div', { class: 'rb-props-buttons' },
        el('button', { type: 'button', class: 'rb-button', 'data-rb-action': 'reset' }, labels['button.reset']),
        el('button', { type: 'submit', class: 'rb-button rb-button-primary', 'data-rb-action': 'save' }, labels['button.save'])));
    form.addEventListener('input', () => { this.dirty = true; });
    form.addEventListener('submit', (event) => { event.preventDefault(); this.save(form); });
    form.querySelector('[data-rb-action=reset]').addEventListener('click', () => this.show(this.wb.item(item.id)));
    return form;
  }

  facts(item) {
    const labels = this.wb.labels;
    const area = this.wb.areaName(item.area, item.subArea);
    return [[labels['field.area'], area], [labels['col.timeFrame'], localized(item.timeFrame?.text, this.wb.language) || '—'],
      [labels['field.parent'], item.parent || '—'], [labels['field.version'], String(item.version)]]
      .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
  }

  input(field, kind, value) {
    const labels = this.wb.labels;
    const id = `rb-prop-${field}`;
    let control;
    if (kind === 'status') {
      control = el('select', { id, name: field }, STATUSES.map((status) =>
        el('option', { value: status, selected: status === value }, labels[`status.${status}`])));
    } else {
      control = el('input', { id, name: field, type: kind, value: value ?? '', min: kind === 'number' ? 0 : null,
        max: kind === 'number' ? 100 : null });
    }
    return el('div', { class: 'rb-props-field' }, el('label', { for: id }, labels[`field.${field}`]), control);
  }

  /** The slot for fields plugins add to the action's area, labelled as the plugin declares them. */
  contributed(item) {
    const area = this.wb.areas.find((a) => a.key === item.area);
    const custom = item.custom || {};
    const fields = area?.fields?.length ? area.fields : Object.keys(custom).map((key) => ({ key }));
    if (!fields.length) {
      return el('p', { class: 'rb-muted' }, this.wb.labels['props.noPluginFields']);
    }
    return el('dl', { class: 'rb-props-facts', 'data-rb-fields': item.area }, fields.flatMap((field) => {
      const value = custom[field.key];
      const choice = field.choices?.find((c) => c.key === value);
      const shown = choice ? localized(choice.label, this.wb.language) : value ?? '—';
      return [el('dt', {}, localized(field.label, this.wb.language) || field.key), el('dd', {}, String(shown))];
    }));
  }

  /**
   * Sends only what the planner changed, as one partial PUT based on the version the form was filled from:
   * if someone saved in between, the server refuses it and the planner sees both versions.
   */
  async save(form) {
    const item = this.item;
    const changes = {};
    const title = {};
    for (const [field, kind] of EDITABLE) {
      const raw = form.elements[field].value;
      const value = kind === 'number' ? Number(raw) : raw === '' ? null : raw;
      if (value !== (valueOf(item, field) ?? null)) {
        if (field === 'titleZh' || field === 'titleEn') {
          title[field === 'titleZh' ? 'zh' : 'en'] = value;
        } else {
          changes[field] = value;
        }
      }
    }
    if (Object.keys(title).length) {
      changes.title = { ...item.title, ...title };
    }
    if (Object.keys(changes).length) {
      this.dirty = false;
      const saved = await this.wb.saver.save(item.id, changes, item.version);
      this.show(saved || this.wb.item(item.id));
    }
  }
}

function valueOf(item, field) {
  if (field === 'titleZh') {
    return item.title?.zh ?? null;
  }
  if (field === 'titleEn') {
    return item.title?.en ?? null;
  }
  return item[field];
}
