import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinkSpans } from '../src/links.js';

/** A stand-in for the chart's task and link stores: visible order, index by id, items by id. */
function store(items) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const order = items.map((item) => item.id);
  return { visibleOrder: order, getItem: (id) => byId.get(id), getIndexById: (id) => order.indexOf(id) };
}
const chart = () => ({ handlers: [], attachEvent(name, handler) { this.handlers.push(handler); } });

test('each shown link spans the rows from its upper to its lower end, whichever way it points', () => {
  const tasks = store([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  const links = store([{ id: 1, source: 'a', target: 'c' }, { id: 2, source: 'c', target: 'b' }]);
  const spans = new LinkSpans(chart());
  spans.refresh(tasks, links);
  assert.deepEqual([spans.ids, [...spans.top], [...spans.bottom]], [[1, 2], [0, 1], [2, 2]]);
});

test('links to hidden rows are left out, and the spans are measured again after any link change', () => {
  const gantt = chart();
  const tasks = store([{ id: 'a' }, { id: 'b' }]);
  const links = store([{ id: 1, source: 'a', target: 'gone' }, { id: 2, source: 'a', target: 'b' }]);
  const spans = new LinkSpans(gantt);
  spans.refresh(tasks, links);
  assert.deepEqual(spans.ids, [2]);
  links.getItem(2).target = 'a';
  spans.refresh(tasks, links);
  assert.deepEqual([...spans.bottom], [1]);
  gantt.handlers[0]();
  spans.refresh(tasks, links);
  assert.deepEqual([...spans.bottom], [0]);
});
