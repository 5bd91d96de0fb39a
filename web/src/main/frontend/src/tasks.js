// Turns the API's areas, actions, links and schedule into the chart's tasks and links (no DOM, unit-tested).
import { addDays, daysBetween, parseIso } from './dates.js';
import { groupSpans, planRows } from './planrows.js';

export const LINK_TYPES = { FS: '0', SS: '1', FF: '2', SF: '3' };
const LINK_NAMES = Object.fromEntries(Object.entries(LINK_TYPES).map(([name, code]) => [code, name]));

export function linkTypeName(code) {
  return LINK_NAMES[String(code)] || 'FS';
}

/** Text in the user's language, falling back to the other one. */
export function localized(text, language) {
  if (!text) {
    return '';
  }
  return (language === 'en' ? text.en || text.zh : text.zh || text.en) || '';
}

/** The chart's range: a quarter before the earliest date to a year past the latest, always showing today. */
export function chartRange(items, now = new Date()) {
  let min = now.getFullYear();
  let max = now.getFullYear();
  for (const item of items) {
    for (const date of [item.plannedStart, item.plannedEnd]) {
      if (date) {
        const year = Number(date.slice(0, 4));
        min = Math.min(min, year);
        max = Math.max(max, year);
      }
    }
    const frame = item.timeFrame;
    if (frame && frame.to) {
      max = Math.max(max, frame.to);
    }
  }
  return { start: new Date(min - 1, 9, 1), end: new Date(max + 2, 0, 1) };
}

/** One chart task for an action; `range` supplies where open-ended and undated actions are drawn. */
export function actionTask(item, parent, language, range) {
  const start = parseIso(item.plannedStart);
  const end = parseIso(item.plannedEnd);
  const task = {
    id: item.id, parent, open: true, item,
    text: localized(item.title, language),
    timeFrame: localized(item.timeFrame?.text, language),
    progress: (item.progress || 0) / 100,
    status: item.status,
    percent: item.progress || 0,
    type: 'task', unscheduled: false, openEnded: false,
  };
  if (!start && !end) {
    return Object.assign(task, { unscheduled: true }, span(range.start, addDays(range.start, 1)));
  }
  if (!end) {
    return Object.assign(task, { openEnded: true }, span(start, range.end));
  }
  const from = start || end;
  if (from.getTime() === end.getTime()) {
    return Object.assign(task, { type: 'milestone' }, span(from, from));
  }
  return Object.assign(task, span(from, addDays(end, 1)));
}

/**
 * A bar's dates with its length in days. Given the length, the library takes it (once: the flag is its own)
 * instead of working it out through its work-time calendar for each of thousands of tasks it parses.
 */
function span(start, end) {
  return { start_date: start, end_date: end, duration: daysBetween(start, end), $calculate_duration: false };
}

/** The chart's tasks for the whole plan, in the order it shows them. */
export function buildTasks(areas, items, language, range) {
  const spans = groupSpans(items, range);
  return planRows(areas, items).map((row) => rowTask(row, spans, language, range));
}

/** The chart's task for one row of `planRows`; `spans` from `groupSpans` gives the area rows their bars. */
export function rowTask(row, spans, language, range) {
  if (row.item !== undefined) {
    return actionTask(row.item, row.parent, language, range);
  }
  const found = spans.get(row.id);
  const dates = found ? span(found.start, found.end) : span(range.start, addDays(range.start, 1));
  return { id: row.id, parent: row.parent, text: localized(row.name, language), group: row.group, type: 'task',
    open: true, readonly: true, unscheduled: !found, ...dates };
}

/** The chart's links, marked critical when they join two critical actions. */
export function buildLinks(dependencies, critical = new Set()) {
  return dependencies.map((dep) => ({
    id: dep.id, source: dep.from, target: dep.to, type: LINK_TYPES[dep.type] || '0', lag: dep.lagDays || 0,
    critical: critical.has(dep.from) && critical.has(dep.to),
  }));
}

/** Reads the schedule's critical ids and problems, whatever the exact list name. */
export function readSchedule(schedule) {
  const rows = schedule?.actions || schedule?.items || schedule?.tasks || [];
  const critical = new Set(schedule?.criticalPath || []);
  for (const row of rows) {
    if (row.critical) {
      critical.add(row.id);
    }
  }
  return { critical, problems: schedule?.problems || [], rows };
}
