// The task grid's columns; every text is escaped here because the chart inserts cell content as HTML.
import { allowRawHTML } from 'dhtmlx-gantt';
import { escapeHtml } from './html.js';
import { addDays } from './dates.js';

export const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'CANCELLED'];

/** The grid's columns: number, title (the tree), time frame, start, end, status and progress. */
export function gridColumns(gantt, labels, problemIds) {
  const day = gantt.date.date_to_str('%Y-%m-%d');
  const raw = (fn) => allowRawHTML(fn);
  const isAction = (task) => task.item !== undefined;
  return [
    { name: 'number', label: escapeHtml(labels['col.number']), width: 46, align: 'left', resize: true,
      template: raw((task) => numberCell(task, problemIds, labels)) },
    { name: 'text', label: escapeHtml(labels['col.title']), tree: true, width: 170, resize: true,
      template: raw((task) => `<span class="rb-cell-title" title="${escapeHtml(task.text)}">${escapeHtml(task.text)}</span>`) },
    { name: 'timeFrame', label: escapeHtml(labels['col.timeFrame']), width: 72, resize: true,
      template: raw((task) => escapeHtml(task.timeFrame || '')) },
    { name: 'start', label: escapeHtml(labels['col.plannedStart']), width: 86, align: 'center',
      template: raw((task) => (isAction(task) && !task.unscheduled ? day(task.start_date) : '')) },
    { name: 'end', label: escapeHtml(labels['col.plannedEnd']), width: 86, align: 'center',
      template: raw((task) => endCell(task, day, labels)) },
    { name: 'status', label: escapeHtml(labels['col.status']), width: 62, align: 'center',
      editor: { type: 'select', map_to: 'status', options: STATUSES.map((key) => ({ key, label: labels[`status.${key}`] })) },
      template: raw((task) => statusCell(task, labels)) },
    { name: 'progress', label: escapeHtml(labels['col.progress']), width: 52, align: 'right',
      editor: { type: 'number', map_to: 'percent', min: 0, max: 100 },
      template: raw((task) => (isAction(task) ? `${Math.round(task.progress * 100)}%` : '')) },
  ];
}

function numberCell(task, problemIds, labels) {
  if (task.item === undefined) {
    return '';
  }
  const warning = problemIds.has(task.id)
    ? `<span class="rb-problem-mark" title="${escapeHtml(labels['problems.title'])}">⚠</span>` : '';
  return `${warning}<span class="rb-cell-number">${escapeHtml(task.item.number)}</span>`;
}

function endCell(task, day, labels) {
  if (task.item === undefined || task.unscheduled) {
    return '';
  }
  if (task.openEnded) {
    return `<span class="rb-open-end">${escapeHtml(labels['date.open'])} →</span>`;
  }
  return task.type === 'milestone' ? day(task.start_date) : day(addDays(task.end_date, -1));
}

function statusCell(task, labels) {
  if (task.item === undefined) {
    return '';
  }
  const status = task.item.status;
  return `<span class="rb-status rb-status-${escapeHtml(status)}">${escapeHtml(labels[`status.${status}`] || status)}</span>`;
}
