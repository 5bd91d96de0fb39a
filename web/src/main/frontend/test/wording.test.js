import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaPath, describeValue } from '../src/wording.js';

const areas = [{ key: 'rc', name: { en: 'RC system', zh: '驻地协调员系统' },
  subAreas: [{ key: 'capacity', name: { en: 'Capacity', zh: '能力' } }] }];
const labels = { 'status.IN_PROGRESS': 'In progress' };

test('an action\'s place reads area › sub-area in the language, or the area alone', () => {
  assert.equal(areaPath(areas, 'zh', 'rc', 'capacity'), '驻地协调员系统 › 能力');
  assert.equal(areaPath(areas, 'en', 'rc', null), 'RC system');
  assert.equal(areaPath(areas, 'en', 'rc', 'gone'), 'RC system');
});

test('an area the plan does not have is named by its key', () => {
  assert.equal(areaPath(areas, 'en', 'plugin-area', null), 'plugin-area');
});

test('values read as a planner reads them: a dash for none, status names, percentages, titles in the language', () => {
  assert.equal(describeValue(labels, 'en', 'plannedEnd', null), '—');
  assert.equal(describeValue(labels, 'en', 'responsibleUnit', ''), '—');
  assert.equal(describeValue(labels, 'en', 'status', 'IN_PROGRESS'), 'In progress');
  assert.equal(describeValue(labels, 'en', 'status', 'UNKNOWN'), 'UNKNOWN');
  assert.equal(describeValue(labels, 'en', 'progress', 40), '40%');
  assert.equal(describeValue(labels, 'zh', 'title', { en: 'Guidance', zh: '指导' }), '指导');
  assert.equal(describeValue(labels, 'en', 'plannedStart', '2020-01-01'), '2020-01-01');
});
