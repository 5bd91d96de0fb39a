// Turns the API's areas, actions, links and schedule into the chart's tasks and links (no DOM, unit-tested).
import { addDays, daysBetween, parseIso } from './dates.js';

export const LINK_TYPES = { FS: '0', SS: '1', FF: '2', SF: '3' };
const LINK_NAMES = Object.fromEntries(Object.entries(LINK_TYPES).map(([name, code]) => [code, name]));

export function linkTypeName(code) {
  return LINK_NAMES[String(code)] || 'FS';
}

export const areaId = (area) => `area:${area.key}`;
export const subAreaId = (area, sub) => `sub:${area.key}/${sub.key}`;

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

/** The tree: areas, their sub-areas, then actions under their sub-area, area or parent action. */
export function buildTasks(areas, items, language, range) {
  const tasks = [];
  for (const area of areas) {
    tasks.push(groupTask(areaId(area), 0, localized(area.name, language), 'area'));
    for (const sub of area.subAreas || []) {
      tasks.push(groupTask(subAreaId(area, sub), areaId(area), localized(sub.name, language), 'sub-area'));
    }
  }
  const byNumber = new Map(items.map((item) => [item.number, item.id]));
  const known = new Set(tasks.map((task) => task.id));
  for (const item of items) {
    tasks.push(actionTask(item, parentOf(item, byNumber, known), language, range));
  }
  return tasks;
}

function groupTask(id, parent, text, group) {
  return { id, parent, text, group, type: 'project', open: true, readonly: true };
}

function parentOf(item, byNumber, known) {
  if (item.parent && byNumber.has(item.parent)) {
    return byNumber.get(item.parent);
  }
  const sub = `sub:${item.area}/${item.subArea}`;
  if (item.subArea && known.has(sub)) {
    return sub;
  }
  return known.has(`area:${item.area}`) ? `area:${item.area}` : 0;
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
