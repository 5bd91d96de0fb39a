import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lightenLevelChanges, nextZoom } from '../src/zoom.js';

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
  const zoom = { getCurrentLevel: () => current, _setLevel: (level) => {
    const inLayout = tasks._skipTaskRecalculation;
    if (inLayout === true) {
      tasks._skipTaskRecalculation = false;
    }
    tasks.filter();
    fire('onBeforeDataRender');
    seen.push([level, inLayout, tasks._skipTaskRecalculation]);
  } };
  return { ext: { zoom }, $root: {}, $data: { tasksStore: tasks }, config: { preserve_scroll: true }, seen, tasks, handlers,
    attachEvent: (name, fn) => { handlers.set(++next, { name, fn }); return next; },
    detachEvent: (id) => handlers.delete(id) };
}

/** A level change as the zoom makes it once the chart is set up: around the middle, or around the wheel's pointer. */
function change(gantt, level, pointerOffset = 0) {
  lightenLevelChanges(gantt);
  gantt.ext.zoom._setLevel(level, pointerOffset);
}

test('stepping past the finest or coarsest level goes nowhere', () => {
  assert.equal(nextZoom(chart(0), -1), null);
  assert.equal(nextZoom(chart(0), 1), 'month');
  assert.equal(nextZoom(chart(4), 1), null);
});

test('a level change skips both passes over all tasks, the layout\'s and the data refresh\'s, and leaves no flag behind', () => {
  const gantt = chart(3);
  change(gantt, 'week');
  assert.deepEqual(gantt.seen, [['week', true, true]]);
  assert.equal(gantt.tasks._skipTaskRecalculation, false);
  assert.equal(gantt.handlers.size, 0);
});

test('a flag the library set for its own reasons is left as it was', () => {
  const gantt = chart(3);
  gantt.tasks._skipTaskRecalculation = 'lightbox';
  change(gantt, 'month');
  assert.deepEqual(gantt.seen, [['month', 'lightbox', 'lightbox']]);
  assert.equal(gantt.tasks._skipTaskRecalculation, 'lightbox');
});

test('a level change keeps the shown rows instead of filtering every task again, and filters as before afterwards', () => {
  const gantt = chart(3);
  change(gantt, 'year');
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
  gantt.ext.zoom._setLevel = () => layers.forEach((l) => { l.clear_container(); l.render_items(); });
  change(gantt, 'week');
  assert.deepEqual(drawn, ['clear bars', 'bars']);
  layers[0].render_items();
  assert.deepEqual(drawn, ['clear bars', 'bars', 'grid']);
});

test('a level change does without the render\'s own scroll keeping, and puts it back afterwards', () => {
  const gantt = chart(3);
  let during = null;
  gantt.ext.zoom._setLevel = () => { during = gantt.config.preserve_scroll; };
  change(gantt, 'years');
  assert.equal(during, false);
  assert.equal(gantt.config.preserve_scroll, true);
});

test('a level change keeps the remembered middle date instead of measuring it again mid-render, and measures as before afterwards', () => {
  const gantt = chart(3);
  const measured = [];
  Object.assign(gantt.ext.zoom, { _visibleDate: null, _getVisibleDate() { measured.push('measure'); this._visibleDate = 'middle'; } });
  gantt.ext.zoom._setLevel = function scrollAndListen() { this._getVisibleDate(); measured.push(`zoom from ${this._visibleDate}`); };
  change(gantt, 'month');
  assert.deepEqual(measured, ['measure', 'zoom from middle']);
  gantt.ext.zoom._getVisibleDate();
  assert.deepEqual(measured, ['measure', 'zoom from middle', 'measure']);
});

test('a level change measures no row heights, and the views measure as before afterwards', () => {
  const gantt = chart(3);
  const measured = [];
  const inherited = { _resetHeight() { measured.push(`inherited ${this.name}`); } };
  const grid = { name: 'grid', _resetHeight() { measured.push('grid'); } };
  const timeline = Object.assign(Object.create(inherited), { name: 'timeline' });
  gantt.$ui = { getView: (name) => ({ grid, timeline })[name] };
  gantt.ext.zoom._setLevel = () => { grid._resetHeight(); timeline._resetHeight(); };
  change(gantt, 'quarter');
  assert.deepEqual(measured, []);
  grid._resetHeight();
  timeline._resetHeight();
  assert.deepEqual(measured, ['grid', 'inherited timeline']);
  assert.equal(Object.prototype.hasOwnProperty.call(timeline, '_resetHeight'), false);
});

/** A layer that logs what it draws; `items` are what the library asked it to draw. */
function loggingLayer(name, log, node = {}) {
  return { node, clear: () => log.push(`clear ${name}`),
    render_items(items) { log.push(`render ${name} ${items}`); },
    update_items(items) { log.push(`update ${name} ${items}`); } };
}

function chartWithLayers(log, smart) {
  const gantt = chart(3);
  const gridNode = {};
  const layers = { task: [loggingLayer('grid', log, gridNode), loggingLayer('bars', log)], link: [loggingLayer('links', log)] };
  gantt.config.smart_rendering = smart;
  gantt.$ui = { getView: (name) => (name === 'grid' ? { $grid_data: gridNode } : null) };
  gantt.$services = { getService: () => ({ getDataRender: (name) => ({ getLayers: () => layers[name] }) }) };
  const [, bars] = layers.task;
  const [links] = layers.link;
  gantt.ext.zoom._setLevel = () => {
    bars.render_items('at-old-place');
    links.render_items('at-old-place');
    links.render_items('at-old-place');
    log.push('scrolled');
    bars.update_items('in-view');
    links.update_items('in-view');
  };
  return { gantt, bars, links };
}

test('a level change draws the bars and links once, where the zoom ends, and they draw as asked afterwards', () => {
  const log = [];
  const { gantt, bars } = chartWithLayers(log, true);
  change(gantt, 'week');
  assert.deepEqual(log, ['clear bars', 'clear links', 'clear links', 'scrolled', 'update bars in-view', 'update links in-view']);
  bars.render_items('next');
  assert.equal(log.at(-1), 'render bars next');
});

test('a layer the zoom\'s scroll does not reach is drawn at the end as the render asked', () => {
  const log = [];
  const { gantt, bars, links } = chartWithLayers(log, true);
  gantt.ext.zoom._setLevel = () => { bars.render_items('rows'); links.render_items('rows'); };
  change(gantt, 'year');
  assert.deepEqual(log, ['clear bars', 'clear links', 'render bars rows', 'render links rows']);
});

test('without the library\'s smart rendering the timeline draws whenever the library asks', () => {
  const log = [];
  const { gantt } = chartWithLayers(log, false);
  change(gantt, 'month');
  assert.deepEqual(log, ['render bars at-old-place', 'render links at-old-place', 'render links at-old-place', 'scrolled',
    'update bars in-view', 'update links in-view']);
});

test('a wheel\'s level change, around the pointer, leaves the zoom measuring the middle date as it scrolls', () => {
  const gantt = chart(3);
  const measured = [];
  Object.assign(gantt.ext.zoom, { _visibleDate: 'old middle', _getVisibleDate() { measured.push('measure'); } });
  gantt.ext.zoom._setLevel = function scrollAndListen() { this._getVisibleDate(); };
  change(gantt, 'quarter', 240);
  assert.deepEqual(measured, ['measure']);
});

test('before the chart is set up, a level change only sets the level', () => {
  const gantt = chart(3);
  delete gantt.$root;
  change(gantt, 'years');
  assert.deepEqual(gantt.seen, [['years', false, false]]);
  assert.equal(gantt.tasks.filtered, 1);
});
