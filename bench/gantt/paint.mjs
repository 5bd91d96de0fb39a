// Wall-clock paint over several page loads: the median of data arrived → chart drawn (and → whole plan and
// panels drawn), which on a shared machine says more than the single load of run.mjs.
// Usage: node paint.mjs [size] [loads]   (RB_GANTT_BUNDLE=… for another build, as with run.mjs)
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate.mjs';
import { launchBrowser, serve } from './harness.mjs';
import { round } from './frames.mjs';

/** One page load: milliseconds from the data's arrival to the chart's first frame and to the complete workbench. */
export async function paintOnce(browser, plan) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(await serve(page, plan, 'en', {}));
  await page.waitForFunction(() => document.querySelector('[data-ready=true]') !== null
    && performance.getEntriesByName('rb-gantt-painted').length > 0, null, { timeout: 120000, polling: 250 });
  const times = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { paint: at('rb-gantt-painted') - at('rb-gantt-data'), complete: at('rb-gantt-complete') - at('rb-gantt-data') };
  });
  await page.close();
  return times;
}

export const median = (values) => round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] || 2000);
  const loads = Number(process.argv[3] || 7);
  const browser = await launchBrowser();
  const plan = generatePlan(size);
  const runs = [];
  for (let i = 0; i < loads; i++) {
    runs.push(await paintOnce(browser, plan));
  }
  console.log(JSON.stringify({ size, paint: median(runs.map((r) => r.paint)), complete: median(runs.map((r) => r.complete)),
    runs: runs.map((r) => round(r.paint)) }));
  await browser.close();
}
