import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupSpans, planRows, splitRows } from '../src/planrows.js';
import { buildTasks } from '../src/tasks.js';

const range = { start: new Date(2018, 9, 1), end: new Date(2028, 0, 1) };
const areas = [
  { key: 'rc', name: { en: 'RC' }, subAreas: [{ key: 's1', name: { en: 'S1' } }, { key: 's2', name: { en: 'S2' } }] },
  { key: 'fc', name: { en: 'FC' } },
];
const action = (id, number, fields) => ({ id, number, area: 'rc', title: { en: `Action ${number}` }, progress: 0, ...fields });
const items = [
  action(1, '1', { subArea: 's1', plannedStart: '2019-03-01', plannedEnd: '2019-06-30' }),
  action(2, '2', { subArea: 's2', plannedStart: '2020-01-01', plannedEnd: null }),
  action(3, '2.1', { subArea: 's2', parent: '2', plannedStart: '2019-01-15', plannedEnd: '2019-01-15' }),
  action(4, '3', { subArea: 's1', plannedStart: '2021-05-01', plannedEnd: '2021-05-01' }),
  action(5, '4', { plannedStart: null, plannedEnd: null }),
  action(6, '5', { area: 'fc', plannedStart: null, plannedEnd: null }),
];

test('rows come in the order the chart shows them: each area, its sub-areas with their actions, then its own actions', () => {
  assert.deepEqual(planRows(areas, items).map((row) => row.id), ['area:rc', 'sub:rc/s1', 1, 4, 'sub:rc/s2', 2, 3, 5, 'area:fc', 6]);
});

test('a sub-action follows its parent action and names it as its parent', () => {
  const rows = planRows(areas, items);
  const sub = rows.find((row) => row.id === 3);
  assert.equal(sub.parent, 2);
  assert.equal(rows.indexOf(sub), rows.findIndex((row) => row.id === 2) + 1);
});

test('the first part holds the top rows and only the links between them; the rest follows in order', () => {
  const rows = planRows(areas, items);
  const links = [{ id: 'a', source: 1, target: 4 }, { id: 'b', source: 4, target: 2 }, { id: 'c', source: 2, target: 6 }];
  const { first, rest } = splitRows(rows, links, 4);
  assert.deepEqual(first.rows.map((row) => row.id), ['area:rc', 'sub:rc/s1', 1, 4]);
  assert.deepEqual(first.links.map((link) => link.id), ['a']);
  assert.deepEqual(rest.links.map((link) => link.id), ['b', 'c']);
  assert.deepEqual([...first.rows, ...rest.rows], rows);
});

test('a plan not much larger than the first part is drawn in one part', () => {
  const rows = planRows(areas, items);
  const { first, rest } = splitRows(rows, [], 7);
  assert.equal(rest, null);
  assert.equal(first.rows, rows);
});

test('an area spans its dated actions: earliest start to the day after the latest end, open ends to the chart end', () => {
  const spans = groupSpans(items, range);
  assert.deepEqual(spans.get('area:rc'), { start: new Date(2019, 0, 15), end: range.end });
  assert.deepEqual(spans.get('sub:rc/s1'), { start: new Date(2019, 2, 1), end: new Date(2021, 4, 1) });
  assert.equal(spans.has('area:fc'), false);
});

test('a closed action widens its area to the day after its end, a milestone only to its own day', () => {
  const spans = groupSpans([action(1, '1', { plannedStart: '2019-03-01', plannedEnd: '2019-03-31' }),
    action(2, '2', { plannedStart: '2019-03-31', plannedEnd: '2019-03-31' })], range);
  assert.deepEqual(spans.get('area:rc').end, new Date(2019, 3, 1));
  const milestoneOnly = groupSpans([action(2, '2', { plannedStart: '2019-03-31', plannedEnd: '2019-03-31' })], range);
  assert.deepEqual(milestoneOnly.get('area:rc'), { start: new Date(2019, 2, 31), end: new Date(2019, 2, 31) });
});

test('area rows are read-only bars over their span; an area without dates has no bar', () => {
  const tasks = Object.fromEntries(buildTasks(areas, items, 'en', range).map((task) => [task.id, task]));
  assert.equal(tasks['area:rc'].readonly, true);
  assert.deepEqual(tasks['sub:rc/s1'].start_date, new Date(2019, 2, 1));
  assert.equal(tasks['sub:rc/s1'].duration, 792);
  assert.equal(tasks['area:fc'].unscheduled, true);
  assert.equal(tasks['area:rc'].unscheduled, false);
});
