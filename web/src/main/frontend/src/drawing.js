// Puts the plan into the chart: the rows a first frame shows, then the rest in the next task; afterwards only
// changed rows are repainted, and the area and sub-area rows keep the span of the actions under them.
import { gantt } from 'dhtmlx-gantt';
import { LINK_REACH_ROWS, areaId, groupSpans, planRows, splitRows } from './planrows.js';
import { actionTask, buildLinks, buildTasks, chartRange, rowTask } from './tasks.js';

export class PlanDrawing {
  constructor(workbench) {
    this.wb = workbench;
    this.restToParse = null;
  }

  /**
   * Draws the rows from the top to `firstRows` (more than one screen below the planner's place) and keeps the
   * rest for `drawRest`. The still empty chart takes the plan's scale and the planner's place on it first, so
   * the bars and links are drawn once, where they are seen (the library's own keeping of the scroll position
   * would shift it by its scroll offset and draw again).
   */
  draw(firstRows, place) {
    const wb = this.wb;
    wb.range = chartRange(wb.items);
    Object.assign(gantt.config, { start_date: wb.range.start, end_date: wb.range.end });
    if (place) {
      gantt.render();
      place();
    }
    const spans = groupSpans(wb.items, wb.range);
    const toTasks = (part) => ({ data: part.rows.map((row) => rowTask(row, spans, wb.language, wb.range)), links: part.links });
    const { first, rest } = splitRows(planRows(wb.areas, wb.items), this.links(), firstRows);
    this.restToParse = rest === null ? null : () => toTasks(rest);
    this.parse(toTasks(first));
  }

  /** Parses the rows kept back by `draw`, if any; they go below the ones shown, so nothing on screen moves. */
  drawRest() {
    if (this.restToParse !== null) {
      const rest = this.restToParse;
      this.restToParse = null;
      this.parse(rest());
    }
  }

  /** Reparses everything, keeping scroll and selection; used when rows appear or vanish. */
  redraw(selectedId) {
    const scroll = gantt.getScrollState();
    this.restToParse = null;
    gantt.clearAll();
    this.parse({ data: this.tasks(), links: this.links() });
    gantt.scrollTo(scroll.x, scroll.y);
    if (selectedId !== null && gantt.isTaskExists(selectedId)) {
      gantt.selectTask(selectedId);
    }
  }

  tasks() {
    return buildTasks(this.wb.areas, this.wb.items, this.wb.language, this.wb.range);
  }

  links() {
    return buildLinks(this.wb.store.dependencies, this.wb.state.critical);
  }

  /**
   * Loads tasks and links in one batch: the library then draws once instead of once per store and again after.
   * Links are hidden while parsing because the links store filters them against the scale the chart had before
   * (its dates are recomputed only by the render); the render then filters them once, on the plan's scale.
   */
  parse(part) {
    gantt.config.preserve_scroll = false;
    try {
      gantt.batchUpdate(() => {
        gantt.config.show_links = false;
        gantt.parse(part);
        gantt.config.show_links = true;
      });
    } finally {
      gantt.config.preserve_scroll = true;
    }
  }

  /**
   * Shows the saved state of actions, repainting only their rows and bars and the area rows they widen. One
   * action is repainted alone (a batch would end in a render of the whole chart); several in one batch.
   */
  apply(items) {
    if (items.length > 1) {
      gantt.batchUpdate(() => this.repaint(items));
    } else {
      this.repaint(items);
    }
  }

  repaint(items) {
    const areas = new Set();
    for (const item of items.filter((saved) => gantt.isTaskExists(saved.id))) {
      const task = gantt.getTask(item.id);
      areas.add(task.item.area).add(item.area);
      Object.assign(task, actionTask(item, task.parent, this.wb.language, this.wb.range));
      repaintTask(item.id);
    }
    areas.forEach((area) => this.respan(area));
  }

  /** Gives an area row and its sub-area rows the span of their actions again, repainting those that changed. */
  respan(areaKey) {
    const areaRow = areaId(areaKey);
    if (!gantt.isTaskExists(areaRow)) {
      return;
    }
    const spans = groupSpans(this.wb.items.filter((item) => item.area === areaKey), this.wb.range);
    const groupRows = [areaRow, ...gantt.getChildren(areaRow).filter((id) => gantt.getTask(id).group !== undefined)];
    for (const id of groupRows) {
      const task = gantt.getTask(id);
      const fresh = rowTask({ id, parent: task.parent, group: task.group, name: null }, spans, this.wb.language, this.wb.range);
      if (+fresh.start_date !== +task.start_date || +fresh.end_date !== +task.end_date || fresh.unscheduled !== task.unscheduled) {
        Object.assign(task, { start_date: fresh.start_date, end_date: fresh.end_date, duration: fresh.duration, unscheduled: fresh.unscheduled });
        repaintTask(id);
      }
    }
  }
}

/**
 * Repaints one task and its links. A plain updateTask re-filters every row of the chart (about half a second
 * at 20,000 actions); a saved edit never changes which rows show or their order, so the chart's quick
 * refresh (the one it uses while dragging) is enough when this build has it.
 */
function repaintTask(id) {
  if (typeof gantt._quickRefresh === 'function') {
    gantt._quickRefresh(() => gantt.updateTask(id));
  } else {
    gantt.updateTask(id);
  }
}

/** Rows a first frame can show below the place it opens at, plus the reach of links leaving them downwards. */
export function firstScreenRows(scrollTop) {
  const rowHeight = gantt.config.row_height;
  return Math.ceil((scrollTop + window.innerHeight) / rowHeight) + LINK_REACH_ROWS;
}
