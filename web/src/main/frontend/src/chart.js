// Configures dhtmlx-gantt for roadmaps: grid, bar and link templates, keyboard, filtering; escapes all text.
import { allowRawHTML } from 'dhtmlx-gantt';
import { escapeHtml } from './html.js';
import { gridColumns } from './columns.js';
import { installZoom } from './zoom.js';
import { installLinkShortcuts } from './links.js';
import { answerLinkHeightReads } from './linkheight.js';

/** Shared view state the templates read; changing it and repainting changes the chart. */
export class ChartState {
  constructor() {
    this.critical = new Set();
    this.problemIds = new Set();
    this.visible = null;
    this.showCritical = true;
    this.filterHandler = null;
  }

  /**
   * Shows only the given task ids and the rows above them (null: all). The chart asks every task on every refresh
   * once a display filter is attached, which costs real time at 20,000 actions, so the handler is attached only
   * while needed.
   */
  filter(gantt, visible) {
    this.visible = visible === null ? null : withAncestors(gantt, visible);
    if (visible === null && this.filterHandler !== null) {
      gantt.detachEvent(this.filterHandler);
      this.filterHandler = null;
    } else if (visible !== null && this.filterHandler === null) {
      this.filterHandler = gantt.attachEvent('onBeforeTaskDisplay', (id) => this.visible === null || this.visible.has(id));
    }
  }
}

/** The ids with every row above each of them: an action shown without its area row would hang in the air. */
function withAncestors(gantt, ids) {
  const all = new Set();
  for (const id of ids) {
    for (let current = id; current && !all.has(current); current = gantt.getParent(current)) {
      all.add(current);
    }
  }
  return all;
}

/** Sets up the chart in `container` and returns the configured gantt. */
export function createChart(gantt, container, { labels, language, zoom, range, state }) {
  gantt.i18n.setLocale(language === 'zh' ? 'cn' : 'en');
  gantt.plugins({ keyboard_navigation: true });
  configure(gantt.config, range);
  gantt.config.columns = gridColumns(gantt, labels, state.problemIds);
  installTemplates(gantt, labels, state);
  installZoom(gantt, labels, zoom);
  installLinkShortcuts(gantt);
  gantt.init(container);
  answerLinkHeightReads(gantt);
  return gantt;
}

/** The chart's settings; no initial scroll, as the workbench restores the planner's place itself. */
function configure(config, range) {
  Object.assign(config, {
    start_date: range.start, end_date: range.end, fit_tasks: false, show_unscheduled: true,
    row_height: 30, bar_height: 16, grid_width: 584, min_grid_column_width: 40, grid_resize: true,
    smart_rendering: true, static_background: true, show_errors: false, auto_types: false,
    details_on_dblclick: false, details_on_create: false, show_links: true, open_tree_initially: true,
    drag_move: true, drag_resize: true, drag_progress: true, drag_links: true, order_branch: false,
    keyboard_navigation: true, keyboard_navigation_cells: true, round_dnd_dates: true,
    duration_unit: 'day', time_step: 1440, work_time: false, inherit_scale_class: true,
    scroll_on_click: true, show_tasks_outside_timescale: true, sort: false, initial_scroll: false,
  });
}

function installTemplates(gantt, labels, state) {
  const templates = gantt.templates;
  templates.task_text = allowRawHTML((start, end, task) => barText(task, labels));
  templates.rightside_text = allowRawHTML((start, end, task) => (task.type === 'milestone'
    ? `<span class="rb-milestone-label">${escapeHtml(task.item ? task.item.number : '')}</span>` : ''));
  templates.task_class = (start, end, task) => taskClass(task, state);
  templates.grid_row_class = (start, end, task) => rowClass(task);
  templates.task_row_class = (start, end, task) => rowClass(task);
  templates.link_class = (link) => (state.showCritical && link.critical ? 'rb-critical-link' : '');
  templates.progress_text = () => '';
  templates.link_description = (link) => escapeHtml(`${link.source} → ${link.target}`);
  templates.drag_link = allowRawHTML((from, fromStart, to, toStart) => dragLinkText(gantt, from, to));
  templates.grid_header_class = () => 'rb-grid-head';
}

function barText(task, labels) {
  if (task.item === undefined) {
    return `<span class="rb-bar-group">${escapeHtml(task.text)}</span>`;
  }
  if (task.type === 'milestone') {
    return '';
  }
  const open = task.openEnded ? ` <span class="rb-bar-open">${escapeHtml(labels['date.open'])} →</span>` : '';
  return `<span class="rb-bar-number">${escapeHtml(task.item.number)}</span> ${escapeHtml(task.text)}${open}`;
}

function taskClass(task, state) {
  const classes = [];
  if (task.item === undefined) {
    classes.push(task.group === 'area' ? 'rb-bar-area' : 'rb-bar-sub-area');
  } else {
    classes.push(`rb-status-bar-${task.item.status}`);
  }
  if (task.openEnded) {
    classes.push('rb-open-ended');
  }
  if (state.showCritical && state.critical.has(task.id)) {
    classes.push('rb-critical');
  }
  if (state.problemIds.has(task.id)) {
    classes.push('rb-has-problem');
  }
  return classes.join(' ');
}

function rowClass(task) {
  if (task.item === undefined) {
    return task.group === 'area' ? 'rb-row-area' : 'rb-row-sub-area';
  }
  return task.item.parent ? 'rb-row-sub-action' : 'rb-row-action';
}

function dragLinkText(gantt, from, to) {
  const name = (id) => (id && gantt.isTaskExists(id) && gantt.getTask(id).item ? gantt.getTask(id).item.number : '…');
  return `<span class="rb-drag-link">${escapeHtml(name(from))} → ${escapeHtml(name(to))}</span>`;
}
