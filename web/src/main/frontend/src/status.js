// Short messages under the chart: the outcome of a save and the notice that others changed the plan.
import { el, fill } from './html.js';
import { format } from './dialogs.js';

export class StatusBar {
  constructor(node, workbench) {
    this.node = node;
    this.wb = workbench;
    this.timer = 0;
  }

  toast(message, kind = 'info') {
    if (!this.node) {
      return;
    }
    window.clearTimeout(this.timer);
    fill(this.node, el('span', { class: `rb-toast rb-toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message));
    this.timer = window.setTimeout(() => fill(this.node), kind === 'error' ? 12000 : 5000);
  }

  /** Tells the planner which actions others changed; they are already redrawn, the reload is a fallback. */
  notice(changed) {
    if (!this.node) {
      return;
    }
    window.clearTimeout(this.timer);
    const labels = this.wb.labels;
    const numbers = changed.slice(0, 5).map((item) => item.number).join(', ') + (changed.length > 5 ? ' …' : '');
    const reload = el('button', { type: 'button', class: 'rb-button rb-tool', 'data-rb-control': 'reload' }, labels['notice.reload']);
    reload.addEventListener('click', () => window.location.reload());
    const dismiss = el('button', { type: 'button', class: 'rb-button rb-tool', 'data-rb-control': 'dismiss' }, labels['notice.dismiss']);
    dismiss.addEventListener('click', () => fill(this.node));
    fill(this.node, el('span', { class: 'rb-notice', role: 'status' },
      format(labels['notice.changed'], changed.length, numbers), reload, dismiss));
  }
}
