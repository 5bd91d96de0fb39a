// The fields plugins add to an area's actions, as form controls and back: typed values for a partial PUT.
import { el } from './html.js';
import { localized } from './tasks.js';

/** The area's declared fields, or (when the area declares none) one text field per value the action holds. */
export function fieldsOf(areas, item) {
  const area = areas.find((a) => a.key === item.area);
  if (area?.fields?.length) {
    return area.fields;
  }
  return Object.keys(item.custom || {}).map((key) => ({ key, type: 'STRING', undeclared: true }));
}

/** A field's value as the form shows it: always text, '' for none. */
export function formText(field, value) {
  if (value === null || value === undefined) {
    return '';
  }
  return String(value);
}

/**
 * The typed value of what the planner typed, as the API takes it: `{ value }` (null clears the field), or
 * `{ error }` naming why it cannot be sent. The server checks again against the plugin's rules.
 */
export function fieldValue(field, raw) {
  const text = String(raw ?? '').trim();
  if (text === '') {
    return { value: null };
  }
  switch (field.type) {
    case 'NUMBER': {
      const number = Number(text);
      return Number.isInteger(number) ? inRange(field, number) : { error: 'number' };
    }
    case 'DECIMAL': {
      const number = Number(text);
      return Number.isFinite(number) ? inRange(field, number) : { error: 'number' };
    }
    case 'BOOLEAN':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'choice' };
    case 'CHOICE':
      return (field.choices || []).some((c) => c.key === text) ? { value: text } : { error: 'choice' };
    default:
      return { value: String(raw) };
  }
}

function inRange(field, number) {
  if ((field.min !== null && field.min !== undefined && number < Number(field.min))
    || (field.max !== null && field.max !== undefined && number > Number(field.max))) {
    return { error: 'range' };
  }
  return { value: number };
}

/** The custom values that differ from the action's, and the fields whose input cannot be read. */
export function customChanges(fields, current, rawByKey) {
  const changes = {};
  const errors = [];
  for (const field of fields) {
    if (!(field.key in rawByKey)) {
      continue;
    }
    const read = fieldValue(field, rawByKey[field.key]);
    if (read.error) {
      errors.push({ key: field.key, error: read.error });
    } else if (!sameValue(read.value, current?.[field.key])) {
      changes[field.key] = read.value;
    }
  }
  return { changes, errors };
}

function sameValue(a, b) {
  const left = a ?? null;
  const right = b ?? null;
  if (typeof left === 'number' || typeof right === 'number') {
    return left !== null && right !== null && Number(left) === Number(right);
  }
  return left === right;
}

/** One labelled control for a field; `disabled` for readers. */
export function fieldControl(field, value, { language, labels, disabled }) {
  const id = `rb-custom-${field.key}`;
  const common = { id, name: `custom.${field.key}`, 'data-custom': field.key, disabled, 'aria-required': field.required || null };
  const text = formText(field, value);
  let control;
  if (field.type === 'CHOICE' || field.type === 'BOOLEAN') {
    const options = field.type === 'BOOLEAN'
      ? [['true', labels['field.yes']], ['false', labels['field.no']]]
      : (field.choices || []).map((c) => [c.key, localized(c.label, language) || c.key]);
    control = el('select', common, el('option', { value: '', selected: text === '' }, labels['field.unset']),
      options.map(([key, label]) => el('option', { value: key, selected: key === text }, label)));
  } else {
    const kind = { NUMBER: 'number', DECIMAL: 'number', DATE: 'date' }[field.type] || 'text';
    control = el('input', { ...common, type: kind, value: text, step: field.type === 'DECIMAL' ? 'any' : kind === 'number' ? 1 : null,
      min: kind === 'number' ? field.min ?? null : null, max: kind === 'number' ? field.max ?? null : null,
      maxlength: kind === 'text' && field.max ? field.max : null });
  }
  const label = localized(field.label, language) || field.key;
  return el('div', { class: 'rb-props-field' }, el('label', { for: id }, field.required ? `${label} *` : label), control);
}
