// Keeps the cost of links in step with the rows on screen. The library measures the box of every link
// (30,000 at 20,000 actions) after each render, zoom and scroll to find the few on screen, and re-checks
// both ends of every link on each render; row numbers and visibility do not change with the zoom level or
// the scroll position, so both answers are kept until rows, tasks or links change.

/** Rows above and below the screen whose links are drawn too, so arrows entering the screen show whole. */
const MARGIN_ROWS = 3;

/** Events after which a link's rows or visibility may differ. */
const CHANGE_EVENTS = ['onAfterLinkAdd', 'onAfterLinkUpdate', 'onAfterLinkDelete', 'onLinkIdChange', 'onAfterTaskAdd',
  'onAfterTaskUpdate', 'onAfterTaskDelete', 'onTaskIdChange', 'onTaskOpened', 'onTaskClosed', 'onClearAll'];

/** Installs both shortcuts before `gantt.init`; leaves the library alone where it lacks the hooks. */
export function installLinkShortcuts(gantt) {
  const changes = new ChangeCount(gantt);
  installLinkRange(gantt, new LinkSpans(changes));
  reuseLinkFilter(gantt, changes);
}

/**
 * Counts edits that can change which links show or the rows they span. A store counts a parse before it
 * filters what it parsed (the chart's own onParse comes after), so the parse's filter pass is the only one.
 */
export class ChangeCount {
  constructor(gantt) {
    this.value = 0;
    const count = () => { this.value++; };
    CHANGE_EVENTS.forEach((event) => gantt.attachEvent(event, count));
    ['task', 'link'].forEach((name) => gantt.getDatastore?.(name)?.attachEvent('onBeforeParse', count));
  }
}

function installLinkRange(gantt, spans) {
  const layers = gantt.$ui && gantt.$ui.layers;
  if (!layers || typeof layers.link !== 'function') {
    return;
  }
  const createLayer = layers.link;
  layers.link = () => ({ ...createLayer(), getVisibleRange: visibleRange(spans) });
}

/** Candidates only: the layer still checks each one against the screen before drawing it. */
function visibleRange(spans) {
  return (gantt, view, config, links, viewport) => {
    spans.refresh(gantt.$data.tasksStore, links);
    const first = view.getItemIndexByTopPosition(viewport.y) - MARGIN_ROWS;
    const last = view.getItemIndexByTopPosition(viewport.y_end) + MARGIN_ROWS;
    const ids = [];
    for (let i = 0; i < spans.count; i++) {
      if (spans.top[i] <= last && spans.bottom[i] >= first) {
        ids.push(spans.ids[i]);
      }
    }
    return { ids };
  };
}

/** The first and last row of every shown link, measured again only when the shown rows or links change. */
export class LinkSpans {
  constructor(changes) {
    this.changes = changes;
    this.count = 0;
    this.ids = [];
    this.top = new Int32Array(0);
    this.bottom = new Int32Array(0);
    this.key = [];
  }

  refresh(tasks, links) {
    const key = [tasks.visibleOrder, tasks.visibleOrder.length, links.visibleOrder, links.visibleOrder.length, this.changes.value];
    if (key.every((part, i) => part === this.key[i])) {
      return;
    }
    this.key = key;
    this.measure(tasks, links);
  }

  measure(tasks, links) {
    const order = links.visibleOrder;
    this.ids = [];
    const top = new Int32Array(order.length);
    const bottom = new Int32Array(order.length);
    for (const id of order) {
      const link = links.getItem(id);
      const source = link ? tasks.getIndexById(link.source) : -1;
      const target = link ? tasks.getIndexById(link.target) : -1;
      if (source >= 0 && target >= 0) {
        top[this.ids.length] = Math.min(source, target);
        bottom[this.ids.length] = Math.max(source, target);
        this.ids.push(id);
      }
    }
    this.count = this.ids.length;
    this.top = top.subarray(0, this.count);
    this.bottom = bottom.subarray(0, this.count);
  }
}

/**
 * Each render re-filters the links store, asking for both ends of every link whether it shows: 30,000 links
 * cost more than the rest of a zoom step. The answer depends only on the shown rows, the chart's dates and
 * the edits counted, so the pass is skipped while those stay the same.
 */
function reuseLinkFilter(gantt, changes) {
  const links = gantt.getDatastore && gantt.getDatastore('link');
  const tasks = gantt.getDatastore && gantt.getDatastore('task');
  if (!links || !tasks || typeof links.filter !== 'function') {
    return;
  }
  const memo = new FilterInputs(gantt, tasks, changes);
  const filter = links.filter;
  links.filter = function filterUnlessUnchanged(rule) {
    if (rule === undefined && memo.unchanged()) {
      this._pendingFilter = false;
      return;
    }
    filter.call(this, rule);
    memo.remember();
  };
}

/**
 * What the links' visibility is computed from: shown task rows, link settings, edits and the scale's dates
 * (a task outside them hides its links). The scale's dates move with the zoom level; when every task lay
 * inside both them and the configured range, and the new scale still covers that range, nothing changes.
 */
export class FilterInputs {
  constructor(gantt, tasks, changes) {
    this.gantt = gantt;
    this.tasks = tasks;
    this.changes = changes;
    this.settings = null;
    this.rows = null;
    this.scale = null;
    this.allInside = false;
  }

  current() {
    const { config } = this.gantt;
    return [config.show_links, config.show_unscheduled, +config.start_date, +config.end_date, this.changes.value].join('|');
  }

  unchanged() {
    this.tasks.countVisible();
    const rows = this.tasks.visibleOrder;
    if (this.rows === null || this.settings !== this.current() || !this.sameVisibleDates() || rows.length !== this.rows.length) {
      return false;
    }
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] !== this.rows[i]) {
        return false;
      }
    }
    return true;
  }

  sameVisibleDates() {
    const { min_date: min, max_date: max } = this.gantt.getState();
    const { start_date: start, end_date: end } = this.gantt.config;
    const sameScale = +min === +this.scale.min && +max === +this.scale.max;
    return sameScale || (this.allInside && min <= start && max >= end);
  }

  remember() {
    this.tasks.countVisible();
    this.rows = Array.from(this.tasks.visibleOrder);
    const { min_date: min, max_date: max } = this.gantt.getState();
    const { start_date: start, end_date: end } = this.gantt.config;
    const from = Math.max(+min, +start);
    const to = Math.min(+max, +end);
    this.scale = { min, max };
    this.allInside = this.rows.every((id) => isInside(this.tasks.getItem(id), from, to));
    this.settings = this.current();
  }
}

function isInside(task, from, to) {
  return !task || !task.start_date || !task.end_date || (+task.start_date >= from && +task.end_date <= to);
}
