// Spares the links store its filter pass while its answer cannot have changed: on every render and zoom the
// pass asks, for both ends of each link (30,000 at 20,000 actions), whether the task shows.

/** Wraps the links store's filter; a filter with an explicit rule always runs. */
export function reuseLinkFilter(gantt, rows, changes) {
  const links = gantt.getDatastore('link');
  if (!links || typeof links.filter !== 'function') {
    return;
  }
  const memo = new FilterInputs(gantt, rows, changes);
  const filter = links.filter;
  links.filter = function filterUnlessUnchanged(rule) {
    if (rule === undefined && memo.unchanged()) {
      this._pendingFilter = false;
      return;
    }
    filter.call(this, rule);
    memo.remember();
  };
}

/**
 * What the links' visibility is computed from: shown task rows, link settings, edits and the scale's dates
 * (a task outside them hides its links). The scale's dates move with the zoom level; when every task lay
 * inside both them and the configured range, and the new scale still covers that range, nothing changes.
 */
export class FilterInputs {
  constructor(gantt, rows, changes) {
    this.gantt = gantt;
    this.rows = rows;
    this.changes = changes;
    this.settings = null;
    this.rowsVersion = null;
    this.scale = null;
    this.allInside = false;
  }

  current() {
    const { config } = this.gantt;
    return [config.show_links, config.show_unscheduled, +config.start_date, +config.end_date, this.changes.value].join('|');
  }

  unchanged() {
    return this.rowsVersion === this.rows.version() && this.settings === this.current() && this.sameVisibleDates();
  }

  sameVisibleDates() {
    const { min_date: min, max_date: max } = this.gantt.getState();
    const { start_date: start, end_date: end } = this.gantt.config;
    const sameScale = +min === +this.scale.min && +max === +this.scale.max;
    return sameScale || (this.allInside && min <= start && max >= end);
  }

  remember() {
    this.rowsVersion = this.rows.version();
    const { min_date: min, max_date: max } = this.gantt.getState();
    const { start_date: start, end_date: end } = this.gantt.config;
    const from = Math.max(+min, +start);
    const to = Math.min(+max, +end);
    this.scale = { min, max };
    const { tasks } = this.rows;
    this.allInside = this.rows.ids.every((id) => isInside(tasks.getItem(id), from, to));
    this.settings = this.current();
  }
}

function isInside(task, from, to) {
  return !task || !task.start_date || !task.end_date || (+task.start_date >= from && +task.end_date <= to);
}
