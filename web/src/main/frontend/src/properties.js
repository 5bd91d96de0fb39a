// The properties view of the selected action: its fields and the fields plugins add (editable where planners
// may change them), its links, comments and history; read-only for readers.
import { mayEditItem } from './rights.js';
import { el, fill } from './html.js';
import { STATUSES } from './columns.js';
import { localized } from './tasks.js';
import { customChanges, fieldControl, fieldsOf } from './customfields.js';
import { CommentsView } from './comments.js';
import { linkList } from './linkdialog.js';
import { HistoryDetails } from './views.js';

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
    this.comments = new CommentsView(workbench, () => {
      this.wb.history.show(this.item);
      this.historyDetails.reload(this.item);
    });
    this.historyDetails = new HistoryDetails(workbench);
  }

  /** Shows an action; a form the planner is typing in is only replaced when `force` is set. */
  show(item, force = true) {
    if (!this.node || (!force && this.dirty && this.item && item && this.item.id === item.id)) {
      return;
    }
    const same = Boolean(this.item && item && this.item.id === item.id && this.formNode?.isConnected);
    this.item = item;
    this.dirty = false;
    if (!item) {
      this.formNode = null;
      fill(this.node, el('p', { class: 'rb-muted' }, this.wb.labels['props.none']));
      return;
    }
    const form = this.form(item);
    if (same) {
      this.formNode.replaceWith(form);
      this.formNode = form;
      this.linksChanged();
      this.historyDetails.reload(item);
      return;
    }
    this.formNode = form;
    this.linksNode = el('section', { class: 'rb-props-links' });
    this.historyDetails.show(item);
    fill(this.node, form, this.linksNode, this.comments.node, this.historyDetails.node);
    this.linksChanged();
    this.comments.show(item);
  }

  get readOnly() {
    return !mayEditItem(this.wb, this.item);
  }

  form(item) {
    const labels = this.wb.labels;
    const readOnly = this.readOnly;
    const form = el('form', { class: 'rb-props-form', 'data-item': item.id, 'data-readonly': readOnly, novalidate: true },
      el('h3', { class: 'rb-props-heading' }, `${item.number} · ${this.wb.title(item)}`),
      readOnly ? el('p', { class: 'rb-muted rb-props-readonly' }, labels['props.readOnly']) : null,
      el('dl', { class: 'rb-props-facts' }, this.facts(item)),
      EDITABLE.map(([field, kind]) => this.input(field, kind, valueOf(item, field), readOnly)),
      el('section', { class: 'rb-props-contributed', 'data-slot': 'item-fields' },
        el('h4', {}, labels['props.pluginFields']), this.contributed(item, readOnly)),
      readOnly ? null : el('div', { class: 'rb-props-buttons' },
        el('button', { type: 'button', class: 'rb-button', 'data-rb-action': 'reset' }, labels['button.reset']),
        el('button', { type: 'submit', class: 'rb-button rb-button-primary', 'data-rb-action': 'save' }, labels['button.save'])));
    form.addEventListener('input', () => { this.dirty = true; });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!this.readOnly) {
        this.save(form);
      }
    });
    form.querySelector('[data-rb-action=reset]')?.addEventListener('click', () => this.show(this.wb.item(item.id)));
    return form;
  }

  facts(item) {
    const labels = this.wb.labels;
    const area = this.wb.areaName(item.area, item.subArea);
    return [[labels['field.area'], area], [labels['col.timeFrame'], localized(item.timeFrame?.text, this.wb.language) || '—'],
      [labels['field.parent'], item.parent || '—'], [labels['field.version'], String(item.version)]]
      .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
  }

  input(field, kind, value, disabled) {
    const labels = this.wb.labels;
    const id = `rb-prop-${field}`;
    let control;
    if (kind === 'status') {
      control = el('select', { id, name: field, disabled }, STATUSES.map((status) =>
        el('option', { value: status, selected: status === value }, labels[`status.${status}`])));
    } else {
      control = el('input', { id, name: field, type: kind, value: value ?? '', disabled, min: kind === 'number' ? 0 : null,
        max: kind === 'number' ? 100 : null });
    }
    return el('div', { class: 'rb-props-field' }, el('label', { for: id }, labels[`field.${field}`]), control);
  }

  /** The fields plugins add to the action's area, labelled and typed as the plugin declares them. */
  contributed(item, disabled) {
    const fields = fieldsOf(this.wb.areas, item);
    if (!fields.length) {
      return el('p', { class: 'rb-muted' }, this.wb.labels['props.noPluginFields']);
    }
    const options = { language: this.wb.language, labels: this.wb.labels };
    return el('div', { class: 'rb-props-custom', 'data-rb-fields': item.area }, fields.map((field) =>
      fieldControl(field, item.custom?.[field.key], { ...options, disabled: disabled || field.undeclared })));
  }

  linksChanged() {
    if (this.item && this.linksNode) {
      const open = (id) => this.wb.linkDialog?.open(id);
      fill(this.linksNode, el('h4', {}, this.wb.labels['props.links']),
        linkList(this.wb.store.dependencies, this.item, this.wb.labels, open));
    }
  }

  /**
   * Sends only what the planner changed, plugin fields included, as one partial PUT based on the version the
   * form was filled from: if someone saved in between, the server refuses it and the planner sees both versions.
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
    const custom = this.customInput(form, item);
    if (custom === null) {
      return;
    }
    if (Object.keys(custom).length) {
      changes.custom = custom;
    }
    if (Object.keys(changes).length) {
      this.dirty = false;
      const saved = await this.wb.saver.save(item.id, changes, item.version);
      this.show(saved || this.wb.item(item.id));
    }
  }

  /** The changed plugin fields, or null (with the first unreadable field marked and named) when one cannot be read. */
  customInput(form, item) {
    const fields = fieldsOf(this.wb.areas, item).filter((field) => !field.undeclared);
    const raw = Object.fromEntries([...form.querySelectorAll('[data-custom]')].map((input) => [input.dataset.custom, input.value]));
    const { changes, errors } = customChanges(fields, item.custom, raw);
    form.querySelectorAll('[data-custom]').forEach((input) => input.removeAttribute('aria-invalid'));
    if (errors.length) {
      const input = form.querySelector(`[data-custom="${CSS.escape(errors[0].key)}"]`);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      const field = fields.find((f) => f.key === errors[0].key);
      this.wb.toast(`${localized(field.label, this.wb.language) || field.key}: ${this.wb.labels[`field.invalid.${errors[0].error}`]}`, 'error');
      return null;
    }
    return changes;
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
