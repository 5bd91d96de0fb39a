// The Gantt benchmark: headless Chromium loads generated plans of 36, 2,000 and 20,000 actions (1.5 links
// each, critical path, problems, baseline, today line and escaping templates all on) and measures paint,
// scroll, zoom, drag and the repaint after a save; then PrimeFaces' p:timeline on the same 2,000 actions.
// Paint runs from the data's arrival; fromRequest from the first request, so it includes the empty chart
// that is built while the data loads (here the data arrives at once, so it shows that setup's full cost).
// Usage: npm ci && node run.mjs [sizes…]   (needs the web module built: mvn -pl web -am package)
import { HOSTILE, generatePlan } from './generate.mjs';
import { launchBrowser, serve } from './harness.mjs';
import { round, startFrames, stopFrames } from './frames.mjs';
import { timelinePaint } from './timeline.mjs';
import { median, paintOnce } from './paint.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [36, 2000, 20000];
/** Page loads of each chart in the comparison with p:timeline, taken in turn so that both see the same load. */
const COMPARE_LOADS = 7;
const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));

/** Answers the writes a drag makes: the preview moves nothing else, the save bumps the version. */
function writes(plan) {
  return (request, path) => {
    if (request.method() === 'POST' && path === '/api/schedule/preview') {
      return { body: { moves: [] } };
    }
    const match = request.method() === 'PUT' && path.match(/^\/api\/items\/(\d+)$/);
    if (match) {
      const item = plan.items.find((i) => i.id === Number(match[1]));
      Object.assign(item, JSON.parse(request.postData()), { version: item.version + 1 });
      return { body: item };
    }
    return null;
  };
}

/**
 * Waits for the workbench, looking every 250 ms: the marks carry the times, and polling on every frame would
 * put the harness's own script into the frames being measured.
 */
async function whenReady(page) {
  await page.waitForFunction(() => document.querySelector('[data-ready=true]') !== null
    && performance.getEntriesByName('rb-gantt-painted').length > 0, null, { timeout: 120000, polling: 250 });
}

async function open(browser, plan) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(await serve(page, plan, 'en', { onApi: writes(plan) }));
  await whenReady(page);
  const [paint, fromRequest, complete] = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return [at('rb-gantt-painted') - at('rb-gantt-data'), at('rb-gantt-painted') - at('rb-gantt-request'),
      at('rb-gantt-complete') - at('rb-gantt-data')];
  });
  return { page, paint: round(paint), fromRequest: round(fromRequest), complete: round(complete) };
}

async function scroll(page) {
  const box = await (await page.$('.gantt_task')).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await startFrames(page);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(i % 8 < 4 ? 0 : 600, 900);
    await nextFrame(page);
  }
  return stopFrames(page);
}

async function zoom(page) {
  await startFrames(page);
  const steps = [];
  for (const level of ['week', 'month', 'quarter', 'year', 'years', 'year']) {
    steps.push(await page.evaluate(async (name) => {
      const started = performance.now();
      window.ReformBench.workbench.zoomTo(name);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - started;
    }, level));
  }
  return { ...(await stopFrames(page)), slowestLevel: round(Math.max(...steps)), levels: steps.map(round) };
}

/**
 * Zooms with Ctrl+wheel over the middle of the timeline, from the level `zoom` left (year) out to years and in to
 * weeks, a wheel step each: each change from the wheel event to the frame after it, and every frame meanwhile.
 */
async function wheelZoom(page) {
  const box = await (await page.$('.gantt_task')).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await startFrames(page);
  const steps = [];
  for (const delta of [-100, 100, 100, 100, 100]) {
    await page.evaluate(() => document.querySelector('.gantt_task').addEventListener('mousewheel', (event) => {
      requestAnimationFrame(() => setTimeout(() => { window.__wheelStep = performance.now() - event.timeStamp; }));
    }, { once: true, capture: true }));
    await page.mouse.wheel(0, delta);
    await page.waitForFunction(() => window.__wheelStep !== undefined, null, { polling: 50 });
    steps.push(await page.evaluate(() => { const step = window.__wheelStep; window.__wheelStep = undefined; return step; }));
  }
  await page.keyboard.up('Control');
  return { ...(await stopFrames(page)), slowestLevel: round(Math.max(...steps)), levels: steps.map(round) };
}

/** Drags a bar for 60 pointer moves, one per frame, and releases it (which saves through the preview). */
async function drag(page, plan) {
  const target = plan.items.find((item) => item.plannedEnd && item.plannedStart !== item.plannedEnd && item.id > 40);
  await page.evaluate((id) => { window.ReformBench.workbench.zoomTo('month'); window.ReformBench.workbench.select(id, true); }, target.id);
  await nextFrame(page);
  const bar = await page.$(`.gantt_task_line[data-task-id="${target.id}"]`);
  const box = await bar.boundingBox();
  const timeline = await (await page.$('.gantt_task')).boundingBox();
  const x = Math.max(box.x, timeline.x) + 20;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + i * 4, y);
    await nextFrame(page);
  }
  const frames = await stopFrames(page);
  await page.mouse.up();
  return { ...frames, id: target.id };
}

/** The repaint after one saved edit: the saved action goes into the chart, then the next frame. */
async function saveRepaint(page, plan, id) {
  const times = [];
  for (let i = 1; i <= 5; i++) {
    const item = { ...plan.items.find((x) => x.id === id) };
    item.progress = (item.progress + 10 * i) % 100;
    item.version += i;
    times.push(await page.evaluate(async (saved) => {
      const started = performance.now();
      window.ReformBench.workbench.applyItem(saved);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - started;
    }, item));
  }
  return { median: round(times.sort((a, b) => a - b)[2]), max: round(times[4]) };
}

/** Whether a hostile title ran (it must not), and in how many grid rows and navigator entries it shows as text. */
function hostileTitles(page) {
  return page.evaluate((markup) => {
    const showing = (selector) => [...document.querySelectorAll(selector)].filter((node) => node.textContent.includes(markup)).length;
    return { xssFired: window.__xss === 1, imgElements: document.querySelectorAll('.rb-gantt img, [data-rb-panel] img').length,
      hostileRowsAsText: showing('.gantt_row'), hostileNavigatorEntriesAsText: showing('.rb-nav-action') };
  }, HOSTILE);
}

/**
 * Our chart against PrimeFaces' p:timeline on the same 2,000 actions: one load of each in turn, `loads` times,
 * and the ratio of the medians (paint: our first frame; complete: our whole plan and panels).
 */
async function compareWithTimeline(browser, plan, loads) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < loads; i++) {
    ours.push(await paintOnce(browser, plan));
    theirs.push(await timelinePaint(browser, plan));
  }
  const paint = median(ours.map((r) => r.paint));
  const complete = median(ours.map((r) => r.complete));
  const timeline = median(theirs);
  return { timeline2000: timeline, gantt2000: paint, ratio: round(timeline / paint), gantt2000Complete: complete,
    ratioComplete: round(timeline / complete), loads, timelineRuns: theirs.map(round), ganttRuns: ours.map((r) => round(r.paint)) };
}

const browser = await launchBrowser();
const results = {};
for (const size of SIZES) {
  const plan = generatePlan(size);
  const { page, paint, fromRequest, complete } = await open(browser, plan);
  const row = { actions: plan.items.length, links: plan.dependencies.length, paint, fromRequest, complete,
    ...(await hostileTitles(page)) };
  if (size >= 2000) {
    Object.assign(row, { scroll: await scroll(page), zoom: await zoom(page), wheelZoom: await wheelZoom(page) });
    row.drag = await drag(page, plan);
    await page.waitForTimeout(2000);
    row.save = await saveRepaint(page, plan, row.drag.id);
  }
  row.xssFired = row.xssFired || await page.evaluate(() => window.__xss === 1);
  results[size] = row;
  console.log(JSON.stringify({ size, ...row }));
  await page.close();
}
if (SIZES.includes(2000)) {
  console.log(JSON.stringify(await compareWithTimeline(browser, generatePlan(2000), COMPARE_LOADS)));
}
await browser.close();
