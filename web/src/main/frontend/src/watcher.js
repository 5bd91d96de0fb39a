// Notices changes other planners make: polls the plan's revision (one small number) and, when it moves,
// reloads the plan and merges what changed into the chart without a full page reload.

export class Watcher {
  constructor(workbench, intervalMs) {
    this.wb = workbench;
    this.interval = intervalMs;
    this.revision = null;
    this.timer = 0;
  }

  start() {
    if (this.interval > 0) {
      this.timer = window.setInterval(() => this.poll(), this.interval);
      document.addEventListener('visibilitychange', () => (document.hidden ? null : this.poll()));
    }
  }

  async poll() {
    if (document.hidden || this.busy || this.wb.dragging()) {
      return;
    }
    this.busy = true;
    try {
      const { revision } = await this.wb.api.get(`/plans/${encodeURIComponent(this.wb.plan)}/revision`);
      if (this.revision !== null && revision !== this.revision) {
        const changed = await this.wb.reloadItems();
        if (changed.length) {
          this.wb.notice(changed);
        }
      }
      this.revision = revision;
    } catch (error) {
      // a missed poll is retried at the next tick
    } finally {
      this.busy = false;
    }
  }
}
