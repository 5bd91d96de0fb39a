// Decorations the Community build has no layers for: the today line, the selected action's time-frame
// window and baseline bars, drawn in one overlay positioned with getTaskTop/posFromDate after each render.
import { addDays, parseIso, today } from './dates.js';

export class Overlays {
  constructor(gantt, labels) {
    this.gantt = gantt;
    this.labels = labels;
    this.baseline = new Map();
    this.window = null;
    this.pending = 0;
    gantt.attachEvent('onGanttRender', () => this.draw());
    gantt.attachEvent('onDataRender', () => this.schedule());
    gantt.attachEvent('onGanttScroll', (left, top, oldLeft, oldTop) => (top !== oldTop ? this.schedule() : null));
  }

  /** The layer sits in the timeline's data area under the bars, so it scrolls with them. */
  layer() {
    const area = this.gantt.$task_data;
    if (!area) {
      return null;
    }
    let layer = area.querySelector(':scope > .rb-overlay');
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'rb-overlay';
      area.insertBefore(layer, area.querySelector('.gantt_links_area') || area.firstChild);
    }
    return layer;
  }

  /** Baseline dates per action id: { start: Date, end: Date (exclusive) }. */
  setBaseline(entries) {
    this.baseline = entries;
    this.draw();
  }

  /** Shows the window [from, to) of the selected action's time frame; `to` null means open. */
  setWindow(frame) {
    this.window = frame;
    this.draw();
  }

  schedule() {
    if (!this.pending) {
      this.pending = requestAnimationFrame(() => this.draw());
    }
  }

  draw() {
    if (this.pending) {
      cancelAnimationFrame(this.pending);
      this.pending = 0;
    }
    const layer = this.layer();
    if (!layer) {
      return;
    }
    const view = this.viewport();
    const height = Math.max(this.gantt.getVisibleTaskCount() * this.gantt.config.row_height, view.height - this.gantt.config.scale_height);
    const parts = [];
    this.drawWindow(parts, height);
    this.drawToday(parts, height);
    this.drawBaseline(parts, view);
    layer.replaceChildren(...parts);
  }

  /**
   * The timeline's scroll position and size as its layout last set them. Reading them from the DOM instead
   * would make the browser lay out the page in the middle of the chart's render.
   */
  viewport() {
    return this.gantt.$ui.getView('timeline').getViewPort();
  }

  drawToday(parts, height) {
    const x = this.gantt.posFromDate(today());
    if (x > 0) {
      parts.push(box('rb-today', x, 0, 2, height, this.labels['chart.today']));
    }
  }

  drawWindow(parts, height) {
    if (!this.window) {
      return;
    }
    const left = this.gantt.posFromDate(this.window.from);
    const right = this.window.to ? this.gantt.posFromDate(this.window.to) : this.gantt.posFromDate(this.gantt.config.end_date);
    const band = box(`rb-window${this.window.to ? '' : ' rb-window-open'}`, left, 0, Math.max(right - left, 2), height,
      this.labels['chart.window']);
    parts.push(band);
  }

  /** Draws baseline bars for the rows on screen only, which keeps 20,000 rows as cheap as 36. */
  drawBaseline(parts, view) {
    if (!this.baseline.size) {
      return;
    }
    const gantt = this.gantt;
    const rowHeight = gantt.config.row_height;
    const first = Math.max(0, Math.floor(view.y / rowHeight) - 2);
    const last = Math.min(gantt.getVisibleTaskCount() - 1, Math.ceil(view.y_end / rowHeight) + 2);
    for (let index = first; index <= last; index++) {
      const task = gantt.getTaskByIndex(index);
      const entry = task && this.baseline.get(task.id);
      if (entry && entry.start && entry.end) {
        const left = gantt.posFromDate(entry.start);
        const width = Math.max(gantt.posFromDate(entry.end) - left, 3);
        parts.push(box('rb-baseline', left, index * rowHeight + rowHeight - 7, width, 4, null));
      }
    }
  }
}

function box(className, left, top, width, height, title) {
  const node = document.createElement('div');
  node.className = className;
  node.style.cssText = `left:${left}px;top:${top}px;width:${width}px;height:${height}px`;
  if (title) {
    node.title = title;
  }
  return node;
}

/** The window of a time frame as dates: a year, a range of years, or open from a year. */
export function timeFrameWindow(frame) {
  if (!frame || !frame.from || frame.kind === 'NONE') {
    return null;
  }
  const from = new Date(frame.from, 0, 1);
  if (frame.kind === 'FROM_YEAR') {
    return { from, to: null };
  }
  return { from, to: new Date((frame.to || frame.from) + 1, 0, 1) };
}

/** Baseline entries from the variance endpoint: baseline dates given, or derived from current dates. */
export function baselineEntries(variance, itemsById) {
  const entries = new Map();
  const rows = Array.isArray(variance) ? variance : variance?.actions || variance?.items || variance?.entries || [];
  for (const row of rows) {
    const id = row.id ?? row.item;
    const item = itemsById.get(id);
    const start = parseIso(row.baselineStart) || shifted(item?.plannedStart, row.startVarianceDays ?? row.startVariance);
    const end = parseIso(row.baselineEnd || row.baselineFinish) || shifted(item?.plannedEnd, row.finishVarianceDays ?? row.finishVariance);
    if (start) {
      entries.set(id, { start, end: end ? addDays(end, 1) : addDays(start, 1) });
    }
  }
  return entries;
}

function shifted(iso, varianceDays) {
  const date = parseIso(iso);
  return date && Number.isFinite(varianceDays) ? addDays(date, -varianceDays) : null;
}
