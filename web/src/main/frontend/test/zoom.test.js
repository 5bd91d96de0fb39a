import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextZoom, setZoomLevel } from '../src/zoom.js';

/** A stand-in for the chart's zoom and task store, recording what the task store's flag was during each change. */
function chart(current) {
  const tasks = { _skipTaskRecalculation: false };
  const seen = [];
  const zoom = { getCurrentLevel: () => current, setLevel: (level) => seen.push([level, tasks._skipTaskRecalculation]) };
  return { ext: { zoom }, $data: { tasksStore: tasks }, seen, tasks };
}

test('stepping past the finest or coarsest level goes nowhere', () => {
  assert.equal(nextZoom(chart(0), -1), null);
  assert.equal(nextZoom(chart(0), 1), 'month');
  assert.equal(nextZoom(chart(4), 1), null);
});

test('a level change skips the layout\'s extra pass over all tasks and never leaves the flag behind', () => {
  const gantt = chart(3);
  setZoomLevel(gantt, 'week');
  assert.deepEqual(gantt.seen, [['week', true]]);
  assert.equal(gantt.tasks._skipTaskRecalculation, false);
});

test('a flag the library set for its own reasons is left as it was', () => {
  const gantt = chart(3);
  gantt.tasks._skipTaskRecalculation = 'lightbox';
  setZoomLevel(gantt, 'month');
  assert.deepEqual(gantt.seen, [['month', 'lightbox']]);
  assert.equal(gantt.tasks._skipTaskRecalculation, 'lightbox');
});
