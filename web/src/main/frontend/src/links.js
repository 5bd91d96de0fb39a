// Keeps the cost of links in step with the rows on screen: which links to draw is found by row, not by
// measuring all 30,000 links' boxes after every render, zoom and scroll as the library does.
import { reuseLinkFilter } from './linkfilter.js';

/** Rows above and below the screen whose links are drawn too, so arrows entering the screen show whole. */
const MARGIN_ROWS = 3;

/** Events after which a link's rows or visibility may differ. */
const CHANGE_EVENTS = ['onAfterLinkAdd', 'onAfterLinkUpdate', 'onAfterLinkDelete', 'onLinkIdChange', 'onAfterTaskAdd',
  'onAfterTaskUpdate', 'onAfterTaskDelete', 'onTaskIdChange', 'onTaskOpened', 'onTaskClosed', 'onClearAll'];

/** Installs both shortcuts before `gantt.init`; leaves the library alone where it lacks the hooks. */
export function installLinkShortcuts(gantt) {
  const tasks = gantt.getDatastore && gantt.getDatastore('task');
  if (!tasks) {
    return;
  }
  const changes = new ChangeCount(gantt);
  const rows = new ShownRows(tasks);
  installLinkRange(gantt, new LinkSpans(rows, changes));
  reuseLinkFilter(gantt, rows, changes);
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

/** The shown task rows in order, with a version that moves only when their ids or order do. */
export class ShownRows {
  constructor(tasks) {
    this.tasks = tasks;
    this.order = null;
    this.ids = [];
    this.value = 0;
  }

  version() {
    this.tasks.countVisible();
    const order = this.tasks.visibleOrder;
    if (order !== this.order || order.length !== this.ids.length) {
      if (!sameIds(order, this.ids)) {
        this.value++;
        this.ids = Array.from(order);
      }
      this.order = order;
    }
    return this.value;
  }
}

function sameIds(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
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
    spans.refresh(links);
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
  constructor(rows, changes) {
    this.rows = rows;
    this.changes = changes;
    this.count = 0;
    this.ids = [];
    this.top = new Int32Array(0);
    this.bottom = new Int32Array(0);
    this.key = [];
  }

  refresh(links) {
    const key = [this.rows.version(), links.visibleOrder, links.visibleOrder.length, this.changes.value];
    if (key.every((part, i) => part === this.key[i])) {
      return;
    }
    this.key = key;
    this.measure(this.rows.tasks, links);
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
