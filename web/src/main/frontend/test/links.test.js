import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangeCount, LinkSpans, ShownRows } from '../src/links.js';
import { FilterInputs } from '../src/linkfilter.js';

/** A stand-in for the chart's task and link stores: visible order, index by id, items by id. */
function store(items) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const self = { visibleOrder: items.map((item) => item.id), getItem: (id) => byId.get(id), countVisible: () => self.visibleOrder.length };
  self.getIndexById = (id) => self.visibleOrder.indexOf(id);
  return self;
}

/** A stand-in for the chart: events to fire by name, settings and the dates of the scale. */
function chart() {
  const handlers = {};
  return {
    config: { show_links: true, show_unscheduled: true, start_date: new Date(2018, 0, 1), end_date: new Date(2028, 0, 1) },
    attachEvent(name, handler) { (handlers[name] ||= []).push(handler); },
    fire(name) { (handlers[name] || []).forEach((handler) => handler()); },
    getState: () => ({ min_date: new Date(2018, 0, 1), max_date: new Date(2028, 0, 1) }),
  };
}

test('each shown link spans the rows from its upper to its lower end, whichever way it points', () => {
  const tasks = store([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  const links = store([{ id: 1, source: 'a', target: 'c' }, { id: 2, source: 'c', target: 'b' }]);
  const spans = new LinkSpans(new ShownRows(tasks), new ChangeCount(chart()));
  spans.refresh(links);
  assert.deepEqual([spans.ids, [...spans.top], [...spans.bottom]], [[1, 2], [0, 1], [2, 2]]);
});

test('links to hidden rows are left out, and the spans are measured again after a link changes', () => {
  const gantt = chart();
  const links = store([{ id: 1, source: 'a', target: 'gone' }, { id: 2, source: 'a', target: 'b' }]);
  const spans = new LinkSpans(new ShownRows(store([{ id: 'a' }, { id: 'b' }])), new ChangeCount(gantt));
  spans.refresh(links);
  assert.deepEqual(spans.ids, [2]);
  links.getItem(2).target = 'a';
  spans.refresh(links);
  assert.deepEqual([...spans.bottom], [1]);
  gantt.fire('onAfterLinkUpdate');
  spans.refresh(links);
  assert.deepEqual([...spans.bottom], [0]);
});

test('the rows keep their version while a new filter pass finds the same rows in the same order', () => {
  const tasks = store([{ id: 'a' }, { id: 'b' }]);
  const rows = new ShownRows(tasks);
  const first = rows.version();
  tasks.visibleOrder = ['a', 'b'];
  assert.equal(rows.version(), first);
  tasks.visibleOrder = ['b', 'a'];
  assert.notEqual(rows.version(), first);
});

test('the links are filtered again only when the shown rows, the settings or a task or link change', () => {
  const gantt = chart();
  const tasks = store([{ id: 'a' }, { id: 'b' }]);
  const inputs = new FilterInputs(gantt, new ShownRows(tasks), new ChangeCount(gantt));
  assert.equal(inputs.unchanged(), false);
  inputs.remember();
  assert.equal(inputs.unchanged(), true);
  tasks.visibleOrder = ['a'];
  assert.equal(inputs.unchanged(), false);
  inputs.remember();
  gantt.config.show_links = false;
  assert.equal(inputs.unchanged(), false);
  inputs.remember();
  gantt.fire('onAfterTaskUpdate');
  assert.equal(inputs.unchanged(), false);
});

test('a new zoom level filters the links again only while a task lies outside the chart\'s dates', () => {
  const gantt = chart();
  Object.assign(gantt.config, { start_date: new Date(2019, 0, 1), end_date: new Date(2025, 0, 1) });
  let scaleStart = new Date(2018, 0, 1);
  gantt.getState = () => ({ min_date: scaleStart, max_date: new Date(2026, 0, 1) });
  const task = { id: 'a', start_date: new Date(2020, 0, 1), end_date: new Date(2021, 0, 1) };
  const inputs = new FilterInputs(gantt, new ShownRows(store([task])), new ChangeCount(gantt));
  inputs.remember();
  scaleStart = new Date(2018, 11, 1);
  assert.equal(inputs.unchanged(), true);
  task.start_date = new Date(2017, 0, 1);
  inputs.remember();
  scaleStart = new Date(2016, 0, 1);
  assert.equal(inputs.unchanged(), false);
});

test('links filtered on a scale that did not yet cover the plan are filtered again once it does', () => {
  const gantt = chart();
  Object.assign(gantt.config, { start_date: new Date(2019, 0, 1), end_date: new Date(2025, 0, 1) });
  let scaleStart = new Date(2024, 0, 1);
  gantt.getState = () => ({ min_date: scaleStart, max_date: new Date(2026, 0, 1) });
  const tasks = store([{ id: 'a', start_date: new Date(2020, 0, 1), end_date: new Date(2021, 0, 1) }]);
  const inputs = new FilterInputs(gantt, new ShownRows(tasks), new ChangeCount(gantt));
  inputs.remember();
  scaleStart = new Date(2019, 0, 1);
  assert.equal(inputs.unchanged(), false);
});
