// Generates a roadmap of any size shaped like the real ones: five areas (two with sub-areas) holding
// consecutive action numbers, actions over 2019–2026 with sub-actions, open-ended and one-day actions,
// 1.5 links per action (98 % to an action 1–40 places later in the same area, 2 % to any later action, as
// cross-area links are rare in roadmaps), a critical chain, problems and a baseline, and a hostile title in
// both languages for every 97 actions from the fifth on (so one shows in the first rows). Seeded, so every
// run draws the same plan.

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const day = (offset) => new Date(Date.UTC(2019, 0, 1) + offset * 86400000);
const TYPES = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];
/** Markup that runs script if a title ever reaches the page as HTML; the benchmark checks it never does. */
export const HOSTILE = '<img src=x onerror="window.__xss=1">';
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED', 'CANCELLED'];

export function areas() {
  const sub = (keys) => keys.map((key, i) => ({ key, order: i + 1, name: { zh: `子领域 ${key}`, en: `Sub-area ${key}` } }));
  return [
    { key: 'rc-system', order: 1, name: { zh: '驻地协调员系统', en: 'Resident coordinator system' }, subAreas: sub(['a', 'b', 'c', 'd']) },
    { key: 'country-teams', order: 2, name: { zh: '国家工作队', en: 'Country teams' }, subAreas: sub(['e', 'f', 'g']) },
    { key: 'regional-approach', order: 3, name: { zh: '区域办法', en: 'Regional approach' }, subAreas: [] },
    { key: 'oversight', order: 4, name: { zh: '监督', en: 'Oversight' }, subAreas: [] },
    { key: 'funding-compact', order: 5, name: { zh: '筹资契约', en: 'Funding compact' }, subAreas: [] },
  ];
}

function action(id, number, parent, area, next, size) {
  const start = Math.floor(next() * 2400);
  const kind = next();
  const length = kind < 0.05 ? 0 : 20 + Math.floor(next() * 500);
  const open = kind > 0.92;
  const hostile = id % 97 === 5;
  const title = hostile ? `${HOSTILE} 恶意标题` : `行动 ${number} 改革措施与落实`;
  return {
    id, number, parent, area: area.key, subArea: area.subAreas.length ? area.subAreas[subIndex(id, size, area)].key : null,
    title: { zh: title, en: hostile ? `${HOSTILE} hostile title` : `Action ${number}: reform measure and its implementation` },
    timeFrame: open ? { kind: 'FROM_YEAR', from: day(start).getUTCFullYear(), to: null, text: { zh: '起', en: 'From' } }
      : { kind: 'YEAR', from: day(start).getUTCFullYear(), to: day(start).getUTCFullYear(), text: { zh: '年', en: 'Year' } },
    plannedStart: iso(day(start)), plannedEnd: open ? null : iso(day(start + length)),
    actualStart: null, actualEnd: null, status: STATUSES[id % 5], progress: (id * 7) % 101,
    responsible: `Unit ${id % 12}`, version: 1,
  };
}

/** Sub-areas hold consecutive actions of their area, as report sections do. */
function subIndex(id, size, area) {
  const perArea = size / 5;
  const inArea = (id - 1) % perArea;
  return Math.min(area.subAreas.length - 1, Math.floor((inArea * area.subAreas.length) / perArea));
}

/** A plan of `size` actions with everything the chart decorates. */
export function generatePlan(size, seed = 42) {
  const next = random(seed + size);
  const areaList = areas();
  const items = [];
  let number = 0;
  while (items.length < size) {
    number += 1;
    const area = areaList[Math.min(areaList.length - 1, Math.floor((items.length * areaList.length) / size))];
    const id = items.length + 1;
    items.push(action(id, String(number), null, area, next, size));
    for (let s = 1; s <= 3 && number % 10 === 0 && items.length < size; s++) {
      const sub = action(items.length + 1, `${number}.${s}`, String(number), area, next, size);
      items.push(Object.assign(sub, { subArea: items[id - 1].subArea }));
    }
  }
  const dependencies = [];
  const pairs = new Set();
  for (let i = 0; dependencies.length < Math.round(size * 1.5) && i < size * 200; i++) {
    const from = 1 + Math.floor(next() * (size - 1));
    const far = next() < 0.02;
    const to = far ? from + 1 + Math.floor(next() * (size - from)) : Math.min(size, from + 1 + Math.floor(next() * 40));
    if (from !== to && !pairs.has(`${from}>${to}`) && (far || items[from - 1].area === items[to - 1].area)) {
      pairs.add(`${from}>${to}`);
      dependencies.push({ id: 1000000 + i, from, to, type: TYPES[i % TYPES.length], lagDays: 0 });
    }
  }
  const criticalPath = items.filter((item) => item.id % 23 === 0).map((item) => item.id);
  const schedule = {
    actions: items.map((item) => ({ id: item.id, critical: item.id % 23 === 0, totalSlackDays: item.id % 23 ? 10 : 0 })),
    criticalPath,
    problems: items.filter((item) => item.id % 31 === 0)
      .map((item) => ({ item: item.id, code: 'OUTSIDE_TIME_FRAME', message: `Action ${item.number} is outside its time frame.` })),
  };
  const variance = items.map((item) => ({ id: item.id, startVarianceDays: (item.id % 9) - 3, finishVarianceDays: (item.id % 13) - 4 }));
  return { areas: areaList, items, dependencies, schedule, baselines: [{ id: 1, name: 'Baseline 2019' }], variance };
}
