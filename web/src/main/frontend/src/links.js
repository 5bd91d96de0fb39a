// Which links the chart draws: those whose rows meet the rows on screen. The library's own answer measures
// the box of every link (30,000 at 20,000 actions) after each render, zoom and scroll; row numbers are cheap
// and do not change with the zoom level, so they are kept until rows or links change.

/** Rows above and below the screen whose links are drawn too, so arrows entering the screen show whole. */
const MARGIN_ROWS = 3;

/** Replaces the link layer's visible range with the row-based one; leaves the library alone if it has no such layer. */
export function installLinkRange(gantt) {
  const layers = gantt.$ui && gantt.$ui.layers;
  if (!layers || typeof layers.link !== 'function') {
    return;
  }
  const spans = new LinkSpans(gantt);
  const createLayer = layers.link;
  layers.link = () => {
    const renderer = createLayer();
    return { ...renderer, getVisibleRange: visibleRange(spans) };
  };
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

/** The first and last row of every shown link, rebuilt only when the shown rows or links change. */
export class LinkSpans {
  constructor(gantt) {
    this.count = 0;
    this.ids = [];
    this.top = new Int32Array(0);
    this.bottom = new Int32Array(0);
    this.key = [];
    this.changes = 0;
    const changed = () => { this.changes++; };
    ['onAfterLinkAdd', 'onAfterLinkUpdate', 'onAfterLinkDelete', 'onLinkIdChange', 'onAfterTaskAdd',
      'onAfterTaskDelete', 'onTaskIdChange', 'onTaskOpened', 'onTaskClosed', 'onClearAll', 'onParse']
      .forEach((event) => gantt.attachEvent(event, changed));
  }

  refresh(tasks, links) {
    const key = [tasks.visibleOrder, tasks.visibleOrder.length, links.visibleOrder, links.visibleOrder.length, this.changes];
    if (key.every((part, i) => part === this.key[i])) {
      return;
    }
    this.key = key;
    this.measure(tasks, links);
  }

  measure(tasks, links) {
    const order = links.visibleOrder;
    this.ids = [];
    this.top = new Int32Array(order.length);
    this.bottom = new Int32Array(order.length);
    for (const id of order) {
      const link = links.getItem(id);
      const source = link ? tasks.getIndexById(link.source) : -1;
      const target = link ? tasks.getIndexById(link.target) : -1;
      if (source >= 0 && target >= 0) {
        this.top[this.ids.length] = Math.min(source, target);
        this.bottom[this.ids.length] = Math.max(source, target);
        this.ids.push(id);
      }
    }
    this.count = this.ids.length;
    this.top = this.top.subarray(0, this.count);
    this.bottom = this.bottom.subarray(0, this.count);
  }
}
