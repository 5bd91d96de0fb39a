// How the workbench words plan values for planners: where an action sits, and a field's value, in their language.
import { localized } from './tasks.js';

/** "Area › Sub-area" in the language; the area's key when the plan has no such area. */
export function areaPath(areas, language, areaKey, subAreaKey) {
  const area = areas.find((candidate) => candidate.key === areaKey);
  const sub = area?.subAreas?.find((candidate) => candidate.key === subAreaKey);
  return [area, sub].filter(Boolean).map((found) => localized(found.name, language)).join(' › ') || areaKey;
}

/** A field's value as a planner reads it (the conflict dialog): a dash for none, status names, percentages. */
export function describeValue(labels, language, field, value) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (field === 'status') {
    return labels[`status.${value}`] || value;
  }
  if (field === 'progress') {
    return `${value}%`;
  }
  return typeof value === 'object' ? localized(value, language) : String(value);
}
