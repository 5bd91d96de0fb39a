// The Gantt workbench on one page: loads the plan, draws the chart and keeps chart, navigator,
// properties, history and problems views in step with each other and with the server.
import { gantt } from 'dhtmlx-gantt';
import { Api } from './api.js';
import { ChartState, createChart } from './chart.js';
import { Editing } from './editing.js';
import { Navigator } from './navigator.js';
import { Overlays, timeFrameWindow } from './overlays.js';
import { Place } from './place.js';
import { PropertiesView } from './properties.js';
import { Saver } from './saver.js';
import { Schedule } from './schedule.js';
import { StatusBar } from './status.js';
import { PlanStore } from './store.js';
import { Toolbar } from './toolbar.js';
import { HistoryView, ProblemsView } from './views.js';
import { chartRange, localized } from './tasks.js';
import { PlanDrawing, firstScreenRows } from './drawing.js';
import { skipRepeatedHorizontalScroll } from './scrollsync.js';
import { warmFonts } from './fontwarm.js';
import { currentZoom } from './zoom.js';
import { today } from './dates.js';
import { areaPath, describeValue } from './wording.js';

export class Workbench {
  constructor(root, options) {
    Object.assign(this, options);
    this.root = root;
    this.api = new Api(options.apiBase, options.plan, options.language);
    this.store = new PlanStore(this.api);
    this.state = new ChartState();
    this.place = new Place(options.plan);
    this.saver = new Saver(this);
    this.drawing = new PlanDrawing(this);
    this.selectedId = null;
    const panel = (name) => document.querySelector(`[data-rb-panel="${name}"][data-for="${root.id}"]`);
    this.navigator = new Navigator(panel('navigator'), this);
    this.properties = new PropertiesView(panel('properties'), this);
    this.history = new HistoryView(panel('history'), this);
    this.problems = new ProblemsView(panel('problems'), this);
    this.status = new StatusBar(root.querySelector('.rb-gantt-status'), this);
  }

  get items() { return this.store.items; }

  get areas() { return this.store.areas; }

  item(id) { return this.store.item(id); }

  title(item) { return localized(item.title, this.language); }

  /**
   * Loads plan, schedule and the chosen baseline together while the empty chart is built, then draws the plan.
   * The chart shows first, with the rows a first frame can show; the rest of a large plan and the navigator and
   * problems views follow in the next task.
   */
  async start() {
    performance.mark('rb-gantt-request');
    this.schedule = new Schedule(this);
    const loading = Promise.all([this.store.load(), this.schedule.read(),
      this.baseline ? this.schedule.readBaseline(this.baseline) : null]);
    this.prepareChart();
    const fontsReady = warmFonts(this.root.querySelector('.gantt_container') || this.root);
    const [{ baselines }, schedule, variance] = await loading;
    performance.mark('rb-gantt-data');
    skipRepeatedHorizontalScroll(gantt, this.root);
    this.schedule.remember(schedule);
    this.draw();
    if (variance) {
      this.schedule.showBaseline(this.baseline, variance);
    }
    this.toolbar.showBaselines(baselines, this.baseline);
    this.restorePlace();
    await nextPaint();
    performance.mark('rb-gantt-painted');
    fontsReady();
    await nextTask();
    this.drawing.drawRest();
    this.buildPanels();
    await nextPaint();
    performance.mark('rb-gantt-complete');
    this.root.dataset.ready = 'true';
  }

  /** The views beside the chart, which read the plan but which the chart does not wait for. */
  buildPanels() {
    this.navigator.render();
    this.navigator.mark(this.selectedId);
    this.problems.show(this.schedule.problems);
  }

  /**
   * Builds the empty chart (layout, scales, templates, editing) while the plan is still loading, on a range
   * around today; drawing the plan then only sets the plan's range and parses.
   */
  prepareChart() {
    this.openedAt = this.place.recall();
    const zoom = this.openedAt.zoom || this.zoom;
    this.range = chartRange([]);
    this.toolbar = new Toolbar(this.root.querySelector('.rb-gantt-toolbar'), this);
    this.toolbar.render(zoom);
    const chartNode = this.root.querySelector('.rb-gantt-chart');
    createChart(gantt, chartNode, { labels: this.labels, language: this.language, zoom,
      range: this.range, state: this.state });
    this.gantt = gantt;
    this.toolbar.followZoom(gantt);
    this.overlays = new Overlays(gantt, this.labels);
    new Editing(this, this.saver).install(gantt);
    gantt.attachEvent('onTaskSelected', (id) => this.selected(id));
    gantt.attachEvent('onGanttScroll', (x, y) => this.place.remember({ x, y }));
  }

  /**
   * Draws the plan once; afterwards only changed tasks are updated. An address naming an action draws the
   * whole plan at once, as the action may be anywhere in it.
   */
  draw() {
    const linked = this.linkedItem();
    const rows = linked === null ? firstScreenRows(this.openedAt.y || 0) : Infinity;
    this.drawing.draw(rows, linked === null ? () => this.scrollToPlace() : null);
  }

  /** The action the address links to, if the plan has it. */
  linkedItem() {
    return this.initialItem && this.item(this.initialItem) ? Number(this.initialItem) : null;
  }

  /**
   * The day the planner was looking at (kept from before the page opened; read before drawing, as the chart's
   * own scrolling is remembered too), else today.
   */
  scrollToPlace() {
    if (this.openedAt.x !== undefined) {
      gantt.scrollTo(this.openedAt.x, null);
    } else {
      this.showToday();
    }
  }

  /** Once the plan is drawn: the linked action, else the rows the planner was looking at. */
  restorePlace() {
    const linked = this.linkedItem();
    if (linked !== null) {
      this.select(linked, true);
    } else if (this.openedAt.y) {
      gantt.scrollTo(null, this.openedAt.y);
    }
  }

  /** Selects an action everywhere: chart, navigator, properties, history and the address. */
  select(id, reveal) {
    if (!gantt.isTaskExists(id)) {
      return;
    }
    if (reveal) {
      gantt.showTask(id);
    }
    if (gantt.getSelectedId() !== id) {
      gantt.selectTask(id);
    } else {
      this.selected(id);
    }
  }

  selected(id) {
    const item = this.item(id);
    this.selectedId = item ? item.id : null;
    this.place.selected(this.selectedId);
    this.navigator.mark(this.selectedId);
    this.properties.show(item || null);
    this.history.show(item || null);
    this.overlays.setWindow(item ? timeFrameWindow(item.timeFrame) : null);
    this.root.dataset.selected = this.selectedId ?? '';
  }

  /** Shows the saved state of one action, repainting only its row and bar. */
  applyItem(item) {
    this.applyItems([item]);
  }

  applyItems(items) {
    items.forEach((item) => this.store.put(item));
    this.drawing.apply(items);
    const selected = items.find((item) => item.id === this.selectedId && gantt.isTaskExists(item.id));
    if (selected) {
      this.properties.show(selected, false);
      this.history.show(selected);
      this.overlays.setWindow(timeFrameWindow(selected.timeFrame));
    }
  }

  /** Merges what others changed; returns the changed actions. */
  async reloadItems() {
    const { changed, gone, linksChanged } = await this.store.reload();
    if (gone.length || linksChanged) {
      this.redraw();
    } else if (changed.length) {
      this.applyItems(changed);
    }
    if (changed.length || gone.length || linksChanged) {
      this.scheduleChanged();
    }
    return changed;
  }

  /** Reparses everything, keeping scroll and selection; used when rows appear or vanish. */
  redraw() {
    this.drawing.redraw(this.selectedId);
  }

  /** A link drawn in the chart was stored: it takes the server's id. */
  linkSaved(chartId, dependency) {
    this.store.dependencies.push(dependency);
    if (gantt.isLinkExists(chartId) && String(chartId) !== String(dependency.id)) {
      gantt.changeLinkId(chartId, dependency.id);
    }
  }

  removeDependency(id) {
    this.store.dependencies = this.store.dependencies.filter((dep) => String(dep.id) !== String(id));
    gantt.deleteLink(id);
  }

  scheduleChanged() {
    this.schedule?.refreshSoon();
  }

  /**
   * Shows only the given actions (null: all), with the area and parent rows above them. The number of rows
   * changes, so the chart is laid out anew (a data refresh alone would keep the scroll bars and the place of the
   * old rows, and show an empty chart below a short list); the selected action stays in view while it is shown.
   */
  applyFilter(visible) {
    this.state.filter(gantt, visible);
    gantt.render();
    if (this.selectedId !== null && gantt.isTaskVisible(this.selectedId)) {
      gantt.showTask(this.selectedId);
    }
  }

  showCritical(on) {
    this.state.showCritical = on;
    gantt.render();
  }

  /** Changes the zoom level and keeps the selected action in view. */
  zoomTo(level) {
    gantt.ext.zoom.setLevel(level);
    this.place.remember({ zoom: currentZoom(gantt) });
    if (this.selectedId !== null && gantt.isTaskExists(this.selectedId)) {
      gantt.showTask(this.selectedId);
    }
  }

  showToday() {
    const x = gantt.posFromDate(today());
    gantt.scrollTo(Math.max(0, x - gantt.$task.offsetWidth / 3), null);
  }

  chooseBaseline(id) { return this.schedule.chooseBaseline(id); }

  createBaseline() { return this.schedule.createBaseline(); }

  dragging() { return Boolean(gantt.getState().drag_id); }

  toast(message, kind) { this.status.toast(message, kind); }

  notice(changed) { this.status.notice(changed); }

  areaName(areaKey, subAreaKey) { return areaPath(this.areas, this.language, areaKey, subAreaKey); }

  /** A field's value as a planner reads it, for the conflict dialog. */
  describe(field, value) { return describeValue(this.labels, this.language, field, value); }
}

/** Resolves in a task of its own, so that what follows runs apart from the frame just drawn. */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve));
}

/** Resolves once the browser has drawn the current state of the page (the task after the next frame). */
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
