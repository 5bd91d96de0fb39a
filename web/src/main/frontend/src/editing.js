// Turns the chart's drags, drawn links and in-place edits into saves through the API.
import { mayEditItem } from './rights.js';
import { addDays, startOfDay, toIso } from './dates.js';
import { linkTypeName } from './tasks.js';
import { LinkDialog } from './linkdialog.js';

export class Editing {
  constructor(workbench, saver) {
    this.wb = workbench;
    this.saver = saver;
    this.silent = false;
    this.links = new LinkDialog(workbench, this);
    workbench.linkDialog = this.links;
  }

  install(gantt) {
    gantt.attachEvent('onBeforeTaskDrag', (id, mode) => this.mayDrag(gantt, id, mode));
    gantt.attachEvent('onAfterTaskDrag', (id, mode) => this.dropped(gantt, id, mode));
    gantt.attachEvent('onBeforeLinkAdd', (id, link) => this.silent || this.mayLink(gantt, link));
    gantt.attachEvent('onAfterLinkAdd', (id, link) => (this.silent ? null : this.link(gantt, id, link)));
    gantt.attachEvent('onLinkDblClick', (id) => this.editLink(id));
    gantt.attachEvent('onBeforeLinkDelete', () => this.silent);
    const editors = gantt.ext.inlineEditors;
    editors.attachEvent('onBeforeEditStart', (state) => mayEditItem(this.wb, gantt.getTask(state.id).item));
    editors.attachEvent('onBeforeSave', (state) => this.inlineSave(state));
  }

  mayDrag(gantt, id, mode) {
    const task = gantt.getTask(id);
    if (!mayEditItem(this.wb, task.item) || task.unscheduled) {
      return false;
    }
    return !(task.openEnded && mode === 'resize' && !gantt.getState().drag_from_start);
  }

  dropped(gantt, id, mode) {
    const task = gantt.getTask(id);
    const itemId = task.item.id;
    if (mode === 'progress') {
      this.saver.save(itemId, { progress: Math.round(task.progress * 100) });
      return;
    }
    const start = startOfDay(task.start_date);
    const changes = { plannedStart: toIso(start) };
    if (!task.openEnded) {
      changes.plannedEnd = task.type === 'milestone' ? toIso(start) : toIso(addDays(startOfDay(task.end_date), -1));
    }
    const item = task.item;
    if (changes.plannedStart === item.plannedStart && (task.openEnded || changes.plannedEnd === item.plannedEnd)) {
      this.wb.applyItem(item);
      return;
    }
    this.saver.move(itemId, changes);
  }

  /** The chart asks this while a link is dragged over bars too, so it only answers, never saves. */
  mayLink(gantt, link) {
    return mayEditItem(this.wb, gantt.getTask(link.source).item) && mayEditItem(this.wb, gantt.getTask(link.target).item);
  }

  /** Stores a link drawn between two bars; the drawn arrow takes the server's id, or goes if it is refused. */
  async link(gantt, id, link) {
    const body = { from: Number(link.source), to: Number(link.target), type: linkTypeName(link.type), lagDays: 0 };
    try {
      const saved = await this.wb.api.post('/dependencies', body);
      this.wb.linkSaved(id, saved);
      this.wb.properties.linksChanged();
      this.wb.scheduleChanged();
    } catch (error) {
      this.silent = true;
      if (gantt.isLinkExists(id)) {
        gantt.deleteLink(id);
      }
      this.silent = false;
      this.wb.toast(error.message, 'error');
    }
  }

  /** A double-clicked arrow opens the link's dialog (type, lag, delete) instead of the chart's own editor. */
  editLink(id) {
    this.links.open(id);
    return false;
  }

  inlineSave(state) {
    const id = this.wb.item(state.id).id;
    if (state.columnName === 'status') {
      this.saver.save(id, { status: state.newValue });
    } else if (state.columnName === 'progress') {
      const value = Math.max(0, Math.min(100, Math.round(Number(state.newValue))));
      if (Number.isFinite(value)) {
        this.saver.save(id, { progress: value });
      }
    }
    return false;
  }
}
