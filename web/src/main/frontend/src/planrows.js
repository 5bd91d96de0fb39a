// The plan's rows in the order the chart shows them, and the spans of its area and sub-area rows, worked out
// without building the chart's tasks, so a large plan's first frame builds only the rows it shows (no DOM).
import { addDays, parseIso } from './dates.js';

/** Rows parsed below the last one on screen, so that links leaving the screen downwards are drawn too. */
export const LINK_REACH_ROWS = 40;

/** Sorts after every ISO date: an open end. */
const OPEN = '~';

/** The chart's row id of an area, and of a sub-area, from their keys. */
export const areaId = (areaKey) => `area:${areaKey}`;
export const subAreaId = (areaKey, subKey) => `sub:${areaKey}/${subKey}`;

/**
 * Areas, each followed by its sub-areas with their actions, then the actions directly under the area; every
 * action followed by its sub-actions. Rows: `{ id, parent, group, name }` for areas and sub-areas (group
 * 'area' or 'sub-area'), `{ id, parent, item }` for actions; `parent` 0 for the top.
 */
export function planRows(areas, items) {
  const rows = [];
  for (const area of areas) {
    rows.push({ id: areaId(area.key), parent: 0, group: 'area', name: area.name });
    for (const sub of area.subAreas || []) {
      rows.push({ id: subAreaId(area.key, sub.key), parent: areaId(area.key), group: 'sub-area', name: sub.name });
    }
  }
  const byNumber = new Map(items.map((item) => [item.number, item.id]));
  const known = new Set(rows.map((row) => row.id));
  for (const item of items) {
    rows.push({ id: item.id, parent: parentOf(item, byNumber, known), item });
  }
  return inDisplayOrder(rows);
}

function parentOf(item, byNumber, known) {
  if (item.parent && byNumber.has(item.parent)) {
    return byNumber.get(item.parent);
  }
  const sub = subAreaId(item.area, item.subArea);
  if (item.subArea && known.has(sub)) {
    return sub;
  }
  return known.has(areaId(item.area)) ? areaId(item.area) : 0;
}

/** Each parent, then its children in their given order, depth first. */
function inDisplayOrder(rows) {
  const children = new Map();
  for (const row of rows) {
    if (!children.has(row.parent)) {
      children.set(row.parent, []);
    }
    children.get(row.parent).push(row);
  }
  const ordered = [];
  const pending = [...(children.get(0) || [])].reverse();
  while (pending.length) {
    const row = pending.pop();
    ordered.push(row);
    const own = children.get(row.id) || [];
    for (let i = own.length - 1; i >= 0; i--) {
      pending.push(own[i]);
    }
  }
  return ordered;
}

/**
 * The span `{ start, end }` (end exclusive, as the chart counts) of the dated actions in each area and
 * sub-area, by row id; an area without dated actions has none. ISO dates compare as text, so only the
 * extremes become dates. An open-ended action reaches the chart's end.
 */
export function groupSpans(items, range) {
  const extremes = new Map();
  for (const item of items) {
    const start = item.plannedStart || item.plannedEnd;
    if (start) {
      const end = item.plannedEnd ? endOf(start, item.plannedEnd) : OPEN;
      widen(extremes, areaId(item.area), start, end);
      if (item.subArea) {
        widen(extremes, subAreaId(item.area, item.subArea), start, end);
      }
    }
  }
  const spans = new Map();
  for (const [id, { start, end }] of extremes) {
    spans.set(id, { start: parseIso(start), end: end === OPEN ? range.end : endDate(end) });
  }
  return spans;
}

/**
 * A milestone (starting where it ends) ends at its date; any other action the day after its planned end, which
 * the mark `+` says while keeping the text's order (a date sorts before the same date marked).
 */
function endOf(start, end) {
  return start === end ? end : `${end}+`;
}

function endDate(marked) {
  const date = parseIso(marked.slice(0, 10));
  return marked.length > 10 ? addDays(date, 1) : date;
}

function widen(extremes, id, start, end) {
  const known = extremes.get(id);
  if (!known) {
    extremes.set(id, { start, end });
    return;
  }
  if (start < known.start) {
    known.start = start;
  }
  if (end > known.end) {
    known.end = end;
  }
}

/**
 * The first `count` rows with the links between them, and everything else. Each parent's children stay in
 * order across the two parts (the first holds a prefix of every child list), so parsing the rest after the
 * first gives the same tree as parsing all at once. `rest` is null when one part is enough.
 */
export function splitRows(rows, links, count) {
  if (rows.length <= count * 1.5) {
    return { first: { rows, links }, rest: null };
  }
  const inFirst = new Set();
  for (let i = 0; i < count; i++) {
    inFirst.add(rows[i].id);
  }
  const firstLinks = [];
  const restLinks = [];
  for (const link of links) {
    (inFirst.has(link.source) && inFirst.has(link.target) ? firstLinks : restLinks).push(link);
  }
  return { first: { rows: rows.slice(0, count), links: firstLinks }, rest: { rows: rows.slice(count), links: restLinks } };
}
