// Zoom levels from weeks to years, switched by the toolbar, Ctrl+wheel or the + and - keys.
import { drawTimelineOnce, keepGridDrawn, keepMiddleDate, keepRowHeights, keepShownRows } from './zoomrender.js';

export const ZOOM_LEVELS = ['week', 'month', 'quarter', 'year', 'years'];

function levels(gantt, labels) {
  const quarter = (date) => `Q${Math.floor(date.getMonth() / 3) + 1}`;
  const weekLabel = (date) => `${labels['zoom.weekShort'] || 'W'}${gantt.date.date_to_str('%W')(date)}`;
  return [
    { name: 'week', min_column_width: 28, scale_height: 50,
      scales: [{ unit: 'week', step: 1, format: (d) => `${gantt.date.date_to_str('%Y-%m-%d')(d)} · ${weekLabel(d)}` },
        { unit: 'day', step: 1, format: '%j' }] },
    { name: 'month', min_column_width: 40, scale_height: 50,
      scales: [{ unit: 'month', step: 1, format: '%Y-%m' }, { unit: 'week', step: 1, format: weekLabel }] },
    { name: 'quarter', min_column_width: 44, scale_height: 50,
      scales: [{ unit: 'quarter', step: 1, format: (d) => `${d.getFullYear()} ${quarter(d)}` },
        { unit: 'month', step: 1, format: '%m' }] },
    { name: 'year', min_column_width: 50, scale_height: 50,
      scales: [{ unit: 'year', step: 1, format: '%Y' }, { unit: 'quarter', step: 1, format: quarter }] },
    { name: 'years', min_column_width: 60, scale_height: 50,
      scales: [{ unit: 'year', step: 5, format: (d) => `${d.getFullYear()}–${d.getFullYear() + 4}` },
        { unit: 'year', step: 1, format: '%Y' }] },
  ];
}

/** Installs the zoom levels and returns the level names in order, finest first. */
export function installZoom(gantt, labels, initial) {
  gantt.ext.zoom.init({
    levels: levels(gantt, labels),
    useKey: 'ctrlKey',
    trigger: 'wheel',
    element: () => gantt.$root.querySelector('.gantt_task'),
  });
  gantt.ext.zoom.setLevel(ZOOM_LEVELS.includes(initial) ? initial : 'year');
  lightenLevelChanges(gantt);
  return ZOOM_LEVELS;
}

export function currentZoom(gantt) {
  return ZOOM_LEVELS[gantt.ext.zoom.getCurrentLevel()] || 'year';
}

/** The level one step finer (-1) or coarser (+1), or null past either end. */
export function nextZoom(gantt, direction) {
  const index = gantt.ext.zoom.getCurrentLevel() + direction;
  return index >= 0 && index < ZOOM_LEVELS.length ? ZOOM_LEVELS[index] : null;
}

/**
 * Makes every level change, however it comes (the toolbar, the + and - keys, Ctrl+wheel), skip the render's work
 * that a level change cannot change. A level change moves no task and changes no row (tasks outside the scale
 * still show), so it skips:
 * - the passes that work out each task's index and summary dates (run by the layout and again by the data
 *   refresh), with the library's own flag for this (it sets it when it adds, removes, opens or closes tasks);
 *   the flag is spent by the first pass, so it is set again before the data refresh, and cleared after;
 * - the task store's filter, which would rebuild the same list of shown rows (it keeps the one it has);
 * - the grid's rows, which would be drawn again as they are (a cell with the keyboard's focus keeps it);
 * - the render's own keeping of the scroll position, which scrolls by a few pixels and draws the bars and links a
 *   second time; the zoom scrolls to the date it keeps in view anyway;
 * - the grid's and timeline's row heights, measured again over every task for each of them;
 * - the bars and links drawn before the zoom's scroll, at the old position, then again after it: they are drawn
 *   once, where the zoom ends;
 * - for a change around the middle of the view (not the wheel's, around the pointer), the zoom's measuring of
 *   the middle date again after it scrolled there.
 * The chart has no summary tasks whose dates the passes would update (area rows carry their own span). All of it
 * goes through the zoom's one private step for a level change; without it (another build) nothing changes.
 */
export function lightenLevelChanges(gantt) {
  const zoom = gantt.ext.zoom;
  const change = zoom._setLevel;
  if (typeof change !== 'function') {
    return;
  }
  zoom._setLevel = (index, pointerOffset) => changeLevel(gantt, () => change.call(zoom, index, pointerOffset),
    !pointerOffset);
}

function changeLevel(gantt, apply, aroundMiddle) {
  const tasks = gantt.$data && gantt.$data.tasksStore;
  if (!gantt.$root || !tasks || tasks._skipTaskRecalculation) {
    apply();
    return;
  }
  const skipAgain = gantt.attachEvent('onBeforeDataRender', () => {
    tasks._skipTaskRecalculation = true;
  });
  const kept = [keepShownRows(tasks), keepGridDrawn(gantt), keepRowHeights(gantt), drawTimelineOnce(gantt),
    ...(aroundMiddle ? [keepMiddleDate(gantt.ext.zoom)] : [])];
  tasks._skipTaskRecalculation = true;
  const preserve = gantt.config.preserve_scroll;
  gantt.config.preserve_scroll = false;
  try {
    apply();
  } finally {
    gantt.config.preserve_scroll = preserve;
    kept.forEach((keeper) => keeper.restore());
    gantt.detachEvent(skipAgain);
    if (tasks._skipTaskRecalculation === true) {
      tasks._skipTaskRecalculation = false;
    }
  }
}
