// The renderer's main-thread CPU time for the paint (data arrived → first frame drawn) and for a zoom step,
// read from a Chromium trace: on a busy shared machine wall-clock figures swing by 2×, CPU time much less,
// so this is the figure to compare two builds with when the machine cannot be had quiet. settledCpu counts
// all the main thread does in the two seconds after the data arrives: work left past the painted frame too.
// Polls every 250 ms rather than every frame, so the harness adds no script to the measured frames.
// Usage: node cpu.mjs [size] [runs]   (needs the web module built, like run.mjs)
import { generatePlan } from './generate.mjs';
import { launchBrowser, serve } from './harness.mjs';

const size = Number(process.argv[2] || 2000);
const runs = Number(process.argv[3] || 3);
const LEVELS = ['week', 'month', 'quarter', 'year', 'years', 'year'];
/** Everything the page does in this long after the data arrives counts as getting the chart settled. */
const SETTLED_MS = 2000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];

/** Milliseconds of main-thread CPU spent by the tasks that ran between two trace timestamps. */
function cpuBetween(events, from, to) {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid
    && e.ts + e.dur > from && e.ts < to).reduce((sum, e) => sum + (e.tdur || 0), 0) / 1000;
}

async function measure(browser, plan) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(await serve(page, plan, 'en', {}));
  await page.waitForFunction(() => performance.getEntriesByName('rb-gantt-painted').length > 0, null, { timeout: 120000, polling: 250 });
  await page.waitForTimeout(SETTLED_MS + 300);
  await page.evaluate(() => performance.mark('rb-zoom-start'));
  for (const level of LEVELS) {
    await page.evaluate(async (name) => {
      window.ReformBench.workbench.zoomTo(name);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }, level);
  }
  await page.evaluate(() => performance.mark('rb-zoom-end'));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const at = (name) => events.find((e) => e.name === name).ts;
  return { paint: cpuBetween(events, at('rb-gantt-data'), at('rb-gantt-painted')),
    settled: cpuBetween(events, at('rb-gantt-data'), at('rb-gantt-data') + SETTLED_MS * 1000),
    zoom: cpuBetween(events, at('rb-zoom-start'), at('rb-zoom-end')) / LEVELS.length };
}

const median = (values) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
const browser = await launchBrowser();
const plan = generatePlan(size);
const results = [];
for (let i = 0; i < runs; i++) {
  results.push(await measure(browser, plan));
}
console.log(JSON.stringify({ size, paintCpu: median(results.map((r) => r.paint)),
  settledCpu: median(results.map((r) => r.settled)), zoomCpuPerLevel: median(results.map((r) => r.zoom)),
  runs: results.map((r) => [Math.round(r.paint), Math.round(r.zoom)]) }));
await browser.close();
