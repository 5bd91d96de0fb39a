import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmFonts } from '../src/fontwarm.js';

/** A stand-in for the document: elements that record their class, attributes, markup and whether they are attached. */
function fakeDocument(loads) {
  const container = { children: [], appendChild(child) { this.children.push(child); child.parent = this; } };
  const doc = {
    fonts: { load: (font) => { loads.push(font); return Promise.resolve([]); } },
    createElement: () => ({ attributes: {}, setAttribute(name, value) { this.attributes[name] = value; },
      remove() { this.parent.children = this.parent.children.filter((child) => child !== this); } }),
  };
  return { doc, container };
}

test('the fonts are readied out of sight, in the chart\'s own classes, and the lines go again', () => {
  const loads = [];
  const { doc, container } = fakeDocument(loads);
  const remove = warmFonts(container, doc);
  assert.deepEqual(loads, ['12px dhx-gantt-icons']);
  const [probe] = container.children;
  assert.equal(probe.className, 'rb-font-warm');
  assert.equal(probe.attributes['aria-hidden'], 'true');
  for (const face of ['rb-row-area', 'rb-row-sub-area', 'gantt_task_content rb-bar-number', 'rb-open-end', 'rb-status']) {
    assert.ok(probe.innerHTML.includes(`class="${face}`) || probe.innerHTML.includes(` ${face}"`), face);
  }
  assert.ok(probe.innerHTML.includes('⚠') && probe.innerHTML.includes('→'));
  remove();
  assert.deepEqual(container.children, []);
});

test('without a font loading interface the lines are still laid out', () => {
  const { doc, container } = fakeDocument([]);
  delete doc.fonts;
  const remove = warmFonts(container, doc);
  assert.equal(container.children.length, 1);
  remove();
  assert.deepEqual(container.children, []);
});
