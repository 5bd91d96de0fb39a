import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayEditItem } from '../src/rights.js';

const action = { id: 1, area: 'rc-system', archived: false };

test('a planner without area limits may edit any action of an editable chart', () => {
  assert.equal(mayEditItem({ editable: true, editAreas: [] }, action), true);
  assert.equal(mayEditItem({ editable: true }, { ...action, area: 'oversight' }), true);
});

test('a planner limited to some areas may edit only their actions', () => {
  const wb = { editable: true, editAreas: ['rc-system'] };
  assert.equal(mayEditItem(wb, action), true);
  assert.equal(mayEditItem(wb, { ...action, area: 'funding-compact' }), false);
});

test('nothing is editable in a read-only chart, nor an archived action, nor no action', () => {
  assert.equal(mayEditItem({ editable: false, editAreas: [] }, action), false);
  assert.equal(mayEditItem({ editable: true, editAreas: [] }, { ...action, archived: true }), false);
  assert.equal(mayEditItem({ editable: true, editAreas: [] }, undefined), false);
});
