// The scheduler's view of the plan on the chart: critical path, problems and the chosen baseline.
import { baselineEntries } from './overlays.js';
import { readSchedule } from './tasks.js';
import { format } from './dialogs.js';

export class Schedule {
  constructor(workbench) {
    this.wb = workbench;
    this.timer = 0;
    this.problems = [];
  }

  refreshSoon() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.refresh(), 150);
  }

  /** Reads GET /api/schedule; null when the server has no scheduler to ask. */
  async read() {
    try {
      return await this.wb.api.get(this.wb.api.withPlan('/schedule'));
    } catch (error) {
      return null;
    }
  }

  /** Takes over the critical actions and problems of a schedule into the chart's state. */
  remember(schedule) {
    const { critical, problems } = readSchedule(schedule);
    const state = this.wb.state;
    state.critical = critical;
    state.problemIds.clear();
    problems.forEach((problem) => state.problemIds.add(problem.item));
    this.problems = problems;
    return critical;
  }

  /** Re-reads the schedule and repaints critical bars and links and the problem marks in one render. */
  async refresh() {
    const schedule = await this.read();
    if (!schedule) {
      return;
    }
    const critical = this.remember(schedule);
    const gantt = this.wb.gantt;
    for (const link of gantt.getLinks()) {
      link.critical = critical.has(Number(link.source)) && critical.has(Number(link.target));
    }
    gantt.render();
    this.wb.problems.show(this.problems);
    this.wb.root.dataset.scheduleRevision = String((Number(this.wb.root.dataset.scheduleRevision) || 0) + 1);
    if (this.baselineId) {
      await this.chooseBaseline(this.baselineId);
    }
  }

  readBaseline(id) {
    return this.wb.api.get(`/baselines/${encodeURIComponent(id)}/variance`).catch(() => null);
  }

  showBaseline(id, variance) {
    this.baselineId = id;
    this.wb.overlays.setBaseline(baselineEntries(variance, this.wb.store.byId));
  }

  async chooseBaseline(id) {
    this.baselineId = id || null;
    if (!id) {
      this.wb.overlays.setBaseline(new Map());
      return;
    }
    try {
      const variance = await this.wb.api.get(`/baselines/${encodeURIComponent(id)}/variance`);
      this.showBaseline(id, variance);
    } catch (error) {
      this.wb.toast(error.message, 'error');
    }
  }

  /** Records today's plan as a new baseline, named after the date, and shows it. */
  async createBaseline() {
    const labels = this.wb.labels;
    const name = format(labels['baseline.defaultName'], new Date().toLocaleDateString(this.wb.language === 'zh' ? 'zh-CN' : 'en'));
    try {
      const created = await this.wb.api.post(this.wb.api.withPlan('/baselines'), { name });
      const baselines = await this.wb.api.get(this.wb.api.withPlan('/baselines'));
      this.wb.toolbar.baseline.value = String(created.id);
      this.wb.toolbar.listBaselines(baselines);
      this.wb.toolbar.baseline.value = String(created.id);
      await this.chooseBaseline(created.id);
      this.wb.toast(format(labels['baseline.created'], name), 'info');
    } catch (error) {
      this.wb.toast(error.message, 'error');
    }
  }
}
