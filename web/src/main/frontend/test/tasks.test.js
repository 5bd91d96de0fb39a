import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionTask, buildLinks, buildTasks, chartRange, readSchedule } from '../src/tasks.js';
import { escapeHtml } from '../src/html.js';

const range = { start: new Date(2018, 0, 1), end: new Date(2023, 0, 1) };
const item = (fields) => ({ id: 1, number: '1', area: 'a', title: { zh: '行动', en: 'Action' }, progress: 0, ...fields });

test('a closed action ends the day after its planned end, as the chart counts ends exclusively', () => {
  const task = actionTask(item({ plannedStart: '2019-01-01', plannedEnd: '2019-12-31' }), 0, 'en', range);
  assert.equal(task.text, 'Action');
  assert.deepEqual(task.end_date, new Date(2020, 0, 1));
});

test('a bar brings its length in whole days, so the chart need not work it out for every task it parses', () => {
  const year = actionTask(item({ plannedStart: '2019-01-01', plannedEnd: '2019-12-31' }), 0, 'en', range);
  assert.equal(year.duration, 365);
  assert.equal(year.$calculate_duration, false);
  assert.equal(actionTask(item({ plannedStart: '2019-03-30', plannedEnd: '2019-04-01' }), 0, 'en', range).duration, 3);
  assert.equal(actionTask(item({ plannedStart: '2019-05-01', plannedEnd: '2019-05-01' }), 0, 'en', range).duration, 0);
});

test('an open-ended action runs to the chart end and says so, with no invented end date', () => {
  const task = actionTask(item({ plannedStart: '2019-01-01', plannedEnd: null }), 0, 'zh', range);
  assert.equal(task.openEnded, true);
  assert.deepEqual(task.end_date, range.end);
  assert.equal(task.item.plannedEnd, null);
});

test('a one-day action is a milestone and an undated one is unscheduled', () => {
  assert.equal(actionTask(item({ plannedStart: '2019-05-01', plannedEnd: '2019-05-01' }), 0, 'en', range).type, 'milestone');
  assert.equal(actionTask(item({}), 0, 'en', range).unscheduled, true);
});

test('sub-actions sit under their parent, actions under their sub-area or area', () => {
  const areas = [{ key: 'a', name: { en: 'Area' }, subAreas: [{ key: 's', name: { en: 'Sub' } }] }];
  const items = [item({ id: 11, number: '11', subArea: 's' }), item({ id: 12, number: '11.1', parent: '11', subArea: 's' }),
    item({ id: 13, number: '12' })];
  const parents = Object.fromEntries(buildTasks(areas, items, 'en', range).map((t) => [t.id, t.parent]));
  assert.deepEqual(parents, { 'area:a': 0, 'sub:a/s': 'area:a', 11: 'sub:a/s', 12: 11, 13: 'area:a' });
});

test('links carry the four types and are critical only between critical actions', () => {
  const { critical } = readSchedule({ actions: [{ id: 1, critical: true }], criticalPath: [2] });
  const links = buildLinks([{ id: 5, from: 1, to: 2, type: 'SF' }, { id: 6, from: 2, to: 3, type: 'SS' }], critical);
  assert.deepEqual(links.map((l) => [l.type, l.critical]), [['3', true], ['1', false]]);
});

test('the range covers every date and time frame, with a quarter before and a year after', () => {
  const r = chartRange([item({ plannedStart: '2019-03-01', timeFrame: { to: 2021 } })], new Date(2020, 5, 1));
  assert.deepEqual([r.start, r.end], [new Date(2018, 9, 1), new Date(2023, 0, 1)]);
});

test('hostile titles are escaped', () => {
  assert.equal(escapeHtml('<img src=x onerror="alert(1)">'), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
});

test('a preview names each pushed action with its old and new dates, whatever the end is called', async () => {
  const { readMoves } = await import('../src/saver.js');
  const moves = readMoves({ item: 1, moves: [{ id: 2, number: '2', version: 3, oldStart: '2019-07-01', oldEnd: '2019-09-30',
    newStart: '2019-07-21', newEnd: '2019-10-20', shiftDays: 20 }] });
  assert.deepEqual(moves, [{ id: 2, oldStart: '2019-07-01', newStart: '2019-07-21', oldFinish: '2019-09-30',
    newFinish: '2019-10-20', shiftDays: 20 }]);
});
