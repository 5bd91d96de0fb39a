// What a zoom's render may leave as it is. Each function changes the chart until `restore` is called on what it
// returns; each changes nothing where the library's part it relies on is missing (another build of it).

const NOTHING_KEPT = { restore() {} };

function view(gantt, name) {
  return gantt.$ui && typeof gantt.$ui.getView === 'function' ? gantt.$ui.getView(name) : null;
}

/** The layers of the task and link renders, the grid's and the timeline's; none without the layer service. */
function dataLayers(gantt) {
  const layers = gantt.$services && gantt.$services.getService('layers');
  if (!layers || typeof layers.getDataRender !== 'function') {
    return [];
  }
  return [...new Set(['task', 'link'].map((name) => layers.getDataRender(name))
    .filter((render) => render && typeof render.getLayers === 'function')
    .flatMap((render) => render.getLayers()))];
}

/** Sets `name` on `target` to `value` and returns how to undo it, whether the old one was its own or inherited. */
function override(target, name, value) {
  const own = Object.prototype.hasOwnProperty.call(target, name);
  const old = target[name];
  target[name] = value;
  return () => {
    if (own) {
      target[name] = old;
    } else {
      delete target[name];
    }
  };
}

/** Undoes the steps last to first, so that a value set twice ends as it was before the first. */
function undoing(steps) {
  return { restore() { [...steps].reverse().forEach((step) => step()); } };
}

/** Makes the store's filter keep the rows it shows: a zoom would rebuild the same list. */
export function keepShownRows(store) {
  const undo = override(store, 'filter', function keepShown() {
    this._pendingFilter = false;
  });
  return { restore: undo };
}

const DRAWING = ['render_items', 'update_items', 'clear', 'clear_container'];

/**
 * Leaves the grid's rows as they are drawn: the grid (number, title, dates, status, progress) does not depend on
 * the time scale, but the library draws it anew with the timeline on every render.
 */
export function keepGridDrawn(gantt) {
  const grid = view(gantt, 'grid');
  if (!grid || !grid.$grid_data) {
    return NOTHING_KEPT;
  }
  const undo = dataLayers(gantt).filter((layer) => layer.node === grid.$grid_data)
    .flatMap((layer) => DRAWING.map((name) => override(layer, name, () => {})));
  return undoing(undo);
}

/**
 * Keeps the date in the middle of the view that the zoom remembers. The zoom scrolls to that date; its listener
 * would then measure it again, in the middle of the render (a forced layout), and find the same date.
 */
export function keepMiddleDate(zoom) {
  if (typeof zoom._getVisibleDate !== 'function') {
    return NOTHING_KEPT;
  }
  if (!zoom._visibleDate) {
    zoom._getVisibleDate();
  }
  return { restore: override(zoom, '_getVisibleDate', () => {}) };
}

/**
 * Leaves the grid's and timeline's row heights as measured: each view would go over every task to see whether
 * a row height changed, and a zoom changes none.
 */
export function keepRowHeights(gantt) {
  const undo = ['grid', 'timeline'].map((name) => view(gantt, name))
    .filter((found) => found && typeof found._resetHeight === 'function')
    .map((found) => override(found, '_resetHeight', () => {}));
  return undoing(undo);
}

/**
 * Draws the timeline's bars and links once, where the zoom ends. The render would draw them at the old scroll
 * position (the links twice, once for each store), and the zoom's scroll to the middle date would update them
 * at the new one. Until `restore`, a layer asked to draw is only emptied and a layer asked to update waits; then
 * each draws once, as it was last asked, over the rows in view (the scroll changes the columns, not the rows).
 * Only with the library's own smart rendering, on which the update relies.
 */
export function drawTimelineOnce(gantt) {
  const grid = view(gantt, 'grid');
  if (!gantt.config.smart_rendering || gantt._smart_render) {
    return NOTHING_KEPT;
  }
  const asked = new Map();
  const undo = dataLayers(gantt).filter((layer) => !grid || layer.node !== grid.$grid_data).flatMap((layer) => {
    const { render_items: render, update_items: update } = layer;
    return [override(layer, 'render_items', function emptyForNow(items, container) {
      this.clear(container);
      asked.set(layer, [render, items, container]);
    }), override(layer, 'update_items', (items, container) => {
      asked.set(layer, [update, items, container]);
    })];
  });
  const kept = undoing(undo);
  return { restore() {
    kept.restore();
    asked.forEach(([draw, items, container], layer) => draw.call(layer, items, container));
  } };
}
