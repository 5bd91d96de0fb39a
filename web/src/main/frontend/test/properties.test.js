import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customChanges, fieldValue, fieldsOf, formText } from '../src/customfields.js';
import { linkChange, linkText } from '../src/linkdialog.js';
import { commentText, MAX_COMMENT } from '../src/comments.js';

const meetings = { key: 'rcMeetingsPerYear', type: 'NUMBER', min: 0, max: 52 };
const amount = { key: 'amount', type: 'DECIMAL', min: 0 };
const kind = { key: 'kind', type: 'CHOICE', choices: [{ key: 'pcp' }, { key: 'country-programme' }] };
const aligned = { key: 'aligned', type: 'BOOLEAN' };
const note = { key: 'note', type: 'STRING' };

test('plugin field input becomes the typed value the API takes; empty clears the field', () => {
  assert.deepEqual(fieldValue(meetings, '12'), { value: 12 });
  assert.deepEqual(fieldValue(meetings, ''), { value: null });
  assert.deepEqual(fieldValue(amount, '1250.5'), { value: 1250.5 });
  assert.deepEqual(fieldValue(aligned, 'false'), { value: false });
  assert.deepEqual(fieldValue(kind, 'pcp'), { value: 'pcp' });
  assert.deepEqual(fieldValue(note, ' <b>as typed</b> '), { value: ' <b>as typed</b> ' });
  assert.deepEqual(fieldValue({ key: 'd', type: 'DATE' }, '2019-05-01'), { value: '2019-05-01' });
});

test('plugin field input that cannot be sent is named, not sent', () => {
  assert.deepEqual(fieldValue(meetings, '1.5'), { error: 'number' });
  assert.deepEqual(fieldValue(meetings, '53'), { error: 'range' });
  assert.deepEqual(fieldValue(amount, '-1'), { error: 'range' });
  assert.deepEqual(fieldValue(amount, 'lots'), { error: 'number' });
  assert.deepEqual(fieldValue(kind, 'other'), { error: 'choice' });
});

test('only changed plugin fields are sent, and numbers compare by value', () => {
  const current = { rcMeetingsPerYear: 12, amount: 10, kind: 'pcp' };
  const { changes, errors } = customChanges([meetings, amount, kind, aligned], current,
    { rcMeetingsPerYear: '12', amount: '10.0', kind: '', aligned: 'true' });
  assert.deepEqual(changes, { kind: null, aligned: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(customChanges([meetings], {}, { rcMeetingsPerYear: 'x' }).errors, [{ key: 'rcMeetingsPerYear', error: 'number' }]);
});

test("an area's declared fields come first; values of undeclared fields still show", () => {
  const areas = [{ key: 'rc', fields: [meetings] }, { key: 'plain', fields: [] }];
  assert.deepEqual(fieldsOf(areas, { area: 'rc', custom: { old: 1 } }), [meetings]);
  assert.deepEqual(fieldsOf(areas, { area: 'plain', custom: { old: 1 } }), [{ key: 'old', type: 'STRING', undeclared: true }]);
  assert.equal(formText(aligned, false), 'false');
  assert.equal(formText(meetings, null), '');
});

test('a link change is sent only when type or lag changed, with the lag in whole days', () => {
  const link = { id: 5, from: 1, to: 2, fromNumber: '11', toNumber: '12', type: 'FS', lagDays: 0 };
  assert.deepEqual(linkChange(link, 'FS', '0'), { change: null });
  assert.deepEqual(linkChange(link, 'SS', '3'), { change: { type: 'SS', lagDays: 3 } });
  assert.deepEqual(linkChange(link, 'FS', '-2'), { change: { type: 'FS', lagDays: -2 } });
  assert.deepEqual(linkChange(link, 'FS', '1.5'), { error: 'lag' });
  assert.deepEqual(linkChange(link, 'FS', '3651'), { error: 'lag' });
  assert.deepEqual(linkChange(link, 'XX', '1'), { error: 'type' });
  assert.equal(linkText({ ...link, type: 'SS', lagDays: 3 }), '11 → 12 SS +3d');
  assert.equal(linkText({ ...link, lagDays: -2 }), '11 → 12 FS -2d');
});

test('a comment is refused when blank or too long', () => {
  assert.deepEqual(commentText('  \n'), { error: 'comment.empty' });
  assert.deepEqual(commentText('x'.repeat(MAX_COMMENT + 1)), { error: 'comment.tooLong' });
  assert.deepEqual(commentText(' keep my spacing '), { text: ' keep my spacing ' });
});
