// Serves the chart to headless Chromium without a server: the page, the built bundle and a generated plan
// behind /api, all answered by request interception on 127.0.0.1 (nothing leaves the browser).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const ORIGIN = 'http://127.0.0.1:9';
/** The built bundle; RB_GANTT_BUNDLE points at another build (e.g. a copy of the previous one) to compare. */
const bundle = resolve(process.env.RB_GANTT_BUNDLE || resolve(here, '../../web/target/frontend/resources/rb-gantt'));
const bundles = resolve(here, '../../web/src/main/resources/io/reformbench/web/i18n');

/**
 * The browser's own pages a headless window never shows: Chromium builds its address bar's popup (two WebUI
 * pages, each running its script in a renderer of its own) for every new window, that is for every page the
 * benchmark opens, while that page loads; switched off so that the only pages at work are the ones measured.
 */
const BROWSER_UI_OFF = '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup';

/** Debian's headless Chromium (or $CHROMIUM) as every script of the benchmark launches it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', BROWSER_UI_OFF] });
}

/** The resource bundle as a flat object, as the component hands it to the chart. */
export function labels(language) {
  const read = (name) => Object.fromEntries(readFileSync(resolve(bundles, name), 'utf8').split('\n')
    .filter((line) => line.includes('=') && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { ...read('messages.properties'), ...(language === 'zh' ? read('messages_zh.properties') : {}) };
}

const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function ganttPage(language) {
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="UTF-8">
<link rel="stylesheet" href="/rb-gantt/dhtmlxgantt.css"><link rel="stylesheet" href="/rb-gantt/gantt.css">
<style>html,body{margin:0;height:100%} .page{display:flex;height:100vh} .side{width:260px;overflow:auto} .main{flex:1;display:flex;flex-direction:column}</style>
</head><body><div class="page"><div class="side" data-rb-panel="navigator" data-for="chart"></div><div class="main">
<div id="chart" class="rb-gantt" data-rb-gantt data-api="/api" data-plan="bench" data-language="${language}" data-zoom="year"
 data-poll="0" data-baseline="1" data-labels="${attr(JSON.stringify(labels(language)))}">
<div class="rb-gantt-toolbar"></div><div class="rb-gantt-chart"></div><div class="rb-gantt-status"></div></div>
</div><div class="side" data-rb-panel="properties" data-for="chart"></div></div>
<script src="/rb-gantt/gantt.js"></script></body></html>`;
}

/** Routes the page, the bundle and the API of a generated plan; `hooks.onApi` may answer writes. */
export async function serve(page, plan, language = 'en', hooks = {}) {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path === '/gantt') {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: ganttPage(language) });
    }
    if (path.startsWith('/rb-gantt/')) {
      const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
      return route.fulfill({ contentType: type, body: readFileSync(resolve(bundle, path.slice('/rb-gantt/'.length))) });
    }
    const answer = hooks.onApi?.(route.request(), path) ?? api(plan, path);
    return route.fulfill({ status: answer.status || 200, contentType: 'application/json', body: JSON.stringify(answer.body ?? answer) });
  });
  return `${ORIGIN}/gantt`;
}

function api(plan, path) {
  const routes = {
    '/api/areas': plan.areas, '/api/items': plan.items, '/api/dependencies': plan.dependencies,
    '/api/schedule': plan.schedule, '/api/baselines': plan.baselines, '/api/baselines/1/variance': plan.variance,
    '/api/plans/bench/revision': { revision: 1 },
  };
  return path in routes ? { body: routes[path] } : { status: 404, body: { error: 'not_found', message: path } };
}
