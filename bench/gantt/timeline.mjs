// PrimeFaces' p:timeline on the same plan, built the way its widget builds it (vis.DataSet of the items,
// a group per area, new vis.Timeline), served from the PrimeFaces jar the workbench ships.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORIGIN } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const version = readFileSync(resolve(here, '../../pom.xml'), 'utf8').match(/<primefaces.version>([^<]+)</)[1];
const jar = resolve(homedir(), `.m2/repository/org/primefaces/primefaces/${version}/primefaces-${version}-jakarta.jar`);
const fromJar = (path) => execFileSync('unzip', ['-p', jar, `META-INF/resources/primefaces/${path}`]);

/** Titles go in as text, as the chart shows them (the plan has hostile ones). */
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Loads the items into a timeline and resolves with the milliseconds until its first complete drawing. */
export async function timelinePaint(browser, plan) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/timeline') {
      return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html><head><link rel="stylesheet" href="/pf/timeline/timeline.css">'
        + '<script src="/pf/jquery/jquery.js"></script><script src="/pf/core.js"></script><script src="/pf/timeline/timeline.js"></script>'
        + '</head><body><div id="tl" style="height:800px"></div></body></html>' });
    }
    return route.fulfill({ contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript', body: fromJar(path.slice('/pf/'.length)) });
  });
  await page.goto(`${ORIGIN}/timeline`);
  const items = plan.items.filter((item) => item.plannedStart).map((item) => ({
    id: item.id, group: item.area, content: escapeText(`${item.number} ${item.title.en}`), start: item.plannedStart,
    end: item.plannedEnd || undefined, editable: true,
  }));
  const groups = plan.areas.map((area) => ({ id: area.key, content: area.name.en }));
  const millis = await page.evaluate(({ items, groups }) => new Promise((resolve) => {
    const started = performance.now();
    const options = { editable: true, selectable: true, stack: true, zoomable: true, moveable: true, height: '800px',
      xss: { disabled: true },
      onInitialDrawComplete: () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started))) };
    // eslint-disable-next-line no-undef
    new vis.Timeline(document.getElementById('tl'), new vis.DataSet(items), new vis.DataSet(groups), options);
  }), { items, groups });
  await page.close();
  return millis;
}
