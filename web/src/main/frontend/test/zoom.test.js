import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextZoom, setZoomLevel } from '../src/zoom.js';

/**
 * A stand-in for the chart's zoom, events and task store. A level change, like the library's render, spends the
 * flag in the layout's pass, then starts the data refresh; it records the flag at both points.
 */
function chart(current) {
  const tasks = { _skipTaskRecalculation: false, filtered: 0, filter() { this.filtered += 1; } };
  const seen = [];
  const handlers = new Map();
  let next = 0;
  const fire = (name) => [...handlers.values()].filter((h) => h.name === name).forEach((h) => h.fn());
  const zoom = { getCurrentLevel: () => current, setLevel: (level) => {
    const inLayout = tasks._skipTaskRecalculation;
    if (inLayout === true) {
      tasks._skipTaskRecalculation = false;
    }
    tasks.filter();
    fire('onBeforeDataRender');
    seen.push([level, inLayout, tasks._skipTaskRecalculation]);
  } };
  return { ext: { zoom }, $data: { tasksStore: tasks }, config: { preserve_scroll: true }, seen, tasks, handlers,
    attachEvent: (name, fn) => { handlers.set(++next, { name, fn }); return next; },
    detachEvent: (id) => handlers.delete(id) };
}

test('stepping past the finest or coarsest level goes nowhere', () => {
  assert.equal(nextZoom(chart(0), -1), null);
  assert.equal(nextZoom(chart(0), 1), 'month');
  assert.equal(nextZoom(chart(4), 1), null);
});

test('a level change skips both passes over all tasks, the layout\'s and the data refresh\'s, and leaves no flag behind', () => {
  const gantt = chart(3);
  setZoomLevel(gantt, 'week');
  assert.deepEqual(gantt.seen, [['week', true, true]]);
  assert.equal(gantt.tasks._skipTaskRecalculation, false);
  assert.equal(gantt.handlers.size, 0);
});

test('a flag the library set for its own reasons is left as it was', () => {
  const gantt = chart(3);
  gantt.tasks._skipTaskRecalculation = 'lightbox';
  setZoomLevel(gantt, 'month');
  assert.deepEqual(gantt.seen, [['month', 'lightbox', 'lightbox']]);
  assert.equal(gantt.tasks._skipTaskRecalculation, 'lightbox');
});

test('a level change keeps the shown rows instead of filtering every task again, and filters as before afterwards', () => {
  const gantt = chart(3);
  setZoomLevel(gantt, 'year');
  assert.equal(gantt.tasks.filtered, 0);
  gantt.tasks.filter();
  assert.equal(gantt.tasks.filtered, 1);
});

test('a level change draws the timeline anew but leaves the grid rows as drawn, and the grid draws again afterwards', () => {
  const gantt = chart(3);
  const gridNode = {};
  const drawn = [];
  const layer = (name, node) => ({ node, render_items: () => drawn.push(name), update_items: () => drawn.push(name),
    clear: () => drawn.push(`clear ${name}`), clear_container: () => drawn.push(`clear ${name}`) });
  const layers = [layer('grid', gridNode), layer('bars', {})];
  gantt.$ui = { getView: (name) => (name === 'grid' ? { $grid_data: gridNode } : null) };
  gantt.$services = { getService: () => ({ getDataRender: () => ({ getLayers: () => layers }) }) };
  gantt.ext.zoom.setLevel = () => layers.forEach((l) => { l.clear_container(); l.render_items(); });
  setZoomLevel(gantt, 'week');
  assert.deepEqual(drawn, ['clear bars', 'bars']);
  layers[0].render_items();
  assert.deepEqual(drawn, ['clear bars', 'bars', 'grid']);
});

test('a level change does without the render\'s own scroll keeping, and puts it back afterwards', () => {
  const gantt = chart(3);
  let during = null;
  gantt.ext.zoom.setLevel = () => { during = gantt.config.preserve_scroll; };
  setZoomLevel(gantt, 'years');
  assert.equal(during, false);
  assert.equal(gantt.config.preserve_scroll, true);
});

test('a level change keeps the remembered middle date instead of measuring it again mid-render, and measures as before afterwards', () => {
  const gantt = chart(3);
  const measured = [];
  Object.assign(gantt.ext.zoom, { _visibleDate: null, _getVisibleDate() { measured.push('measure'); this._visibleDate = 'middle'; } });
  gantt.ext.zoom.setLevel = function scrollAndListen() { this._getVisibleDate(); measured.push(`zoom from ${this._visibleDate}`); };
  setZoomLevel(gantt, 'month');
  assert.deepEqual(measured, ['measure', 'zoom from middle']);
  gantt.ext.zoom._getVisibleDate();
  assert.deepEqual(measured, ['measure', 'zoom from middle', 'measure']);
});
