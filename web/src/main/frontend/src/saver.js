// Saves an edit under the version the planner saw; a lost update becomes a question, never an overwrite.
import { ask, format, table } from './dialogs.js';
import { el } from './html.js';

export const PATHS = { preview: '/schedule/preview', apply: '/schedule/apply' };

export class Saver {
  constructor(workbench) {
    this.wb = workbench;
  }

  /**
   * PUTs only the changed fields under the version the planner's input was based on (by default the one the
   * chart shows); resolves with the saved action, or null when nothing was saved.
   */
  async save(id, changes, version = this.wb.item(id).version) {
    const item = this.wb.item(id);
    try {
      const saved = await this.wb.api.put(`/items/${id}`, changes, version);
      this.wb.applyItem(saved);
      this.wb.scheduleChanged();
      return saved;
    } catch (error) {
      if (error.status === 412) {
        return this.resolveConflict(id, changes, error);
      }
      this.wb.applyItem(item);
      this.wb.toast(error.message, 'error');
      return null;
    }
  }

  /** Shows who changed what and when, the values now saved and the planner's own input to re-apply. */
  async resolveConflict(id, changes, error) {
    const labels = this.wb.labels;
    const current = await this.wb.api.get(`/items/${id}`);
    this.wb.applyItem(current);
    const detail = error.detail;
    const when = detail.changedAt ? new Date(detail.changedAt).toLocaleString(this.wb.language === 'zh' ? 'zh-CN' : 'en') : '?';
    const rows = Object.keys(changes).map((field) => [labels[`field.${field}`] || field,
      this.wb.describe(field, current[field]), this.wb.describe(field, changes[field])]);
    const body = [
      el('p', { class: 'rb-conflict-who' }, format(labels['conflict.text'], detail.changedBy || '?', when, current.number,
        detail.currentVersion ?? current.version)),
      table('rb-conflict-values', [labels['conflict.field'], labels['conflict.theirs'], labels['conflict.yours']], rows),
    ];
    const answer = await ask('rb-conflict', labels['conflict.title'], body,
      [['theirs', labels['conflict.keepTheirs']], ['reapply', labels['conflict.reapply'], true]]);
    return answer === 'reapply' ? this.save(id, changes) : current;
  }

  /** Moves an action; when the scheduler says others move too, asks first and saves everything at once. */
  async move(id, changes) {
    const request = { item: id, plannedStart: changes.plannedStart ?? this.wb.item(id).plannedStart,
      plannedEnd: 'plannedEnd' in changes ? changes.plannedEnd : this.wb.item(id).plannedEnd };
    let preview;
    try {
      preview = await this.wb.api.post(PATHS.preview, request);
    } catch (error) {
      if (error.status !== 404 && error.status !== 405) {
        this.wb.applyItem(this.wb.item(id));
        this.wb.toast(error.message, 'error');
        return null;
      }
      preview = null;
    }
    const moves = readMoves(preview).filter((move) => move.id !== id);
    if (!moves.length) {
      return this.save(id, changes);
    }
    if (await this.confirmPreview(id, moves) !== 'confirm') {
      this.wb.applyItem(this.wb.item(id));
      return null;
    }
    return this.apply(id, { ...preview, ...request });
  }

  confirmPreview(id, moves) {
    const labels = this.wb.labels;
    const rows = moves.map((move) => {
      const item = this.wb.item(move.id);
      return [item ? item.number : String(move.id), item ? this.wb.title(item) : '', `${move.oldStart ?? '–'} → ${move.newStart ?? '–'}`,
        `${move.oldFinish ?? '–'} → ${move.newFinish ?? '–'}`, format(labels['preview.days'], move.shiftDays)];
    });
    const body = [el('p', {}, format(labels['preview.text'], this.wb.item(id).number, moves.length)),
      table('rb-preview-moves', [labels['col.number'], labels['col.title'], labels['col.plannedStart'],
        labels['col.plannedEnd'], labels['preview.shift']], rows)];
    return ask('rb-preview', labels['preview.title'], body,
      [['cancel', labels['button.cancel']], ['confirm', labels['preview.confirm'], true]]);
  }

  /** Sends the confirmed preview back; the server saves the move and every push in one transaction. */
  async apply(id, preview) {
    try {
      const result = await this.wb.api.post(PATHS.apply, { ...preview, version: this.wb.item(id).version });
      const saved = result?.items || (Array.isArray(result) ? result : null);
      if (saved) {
        this.wb.applyItems(saved);
      } else {
        await this.wb.reloadItems();
      }
      this.wb.scheduleChanged();
      return this.wb.item(id);
    } catch (error) {
      if (error.status === 412) {
        return this.resolveConflict(id, { plannedStart: preview.plannedStart, plannedEnd: preview.plannedEnd }, error);
      }
      await this.wb.reloadItems();
      this.wb.applyItem(this.wb.item(id));
      this.wb.toast(error.message, 'error');
      return null;
    }
  }
}

/** The preview's moves, whatever the list is called: id, old and new start and finish, shift in days. */
export function readMoves(preview) {
  const rows = Array.isArray(preview) ? preview : preview?.moves || preview?.shifts || preview?.items || [];
  return rows.map((row) => ({
    id: row.id ?? row.item,
    oldStart: row.oldStart ?? row.fromStart, newStart: row.newStart ?? row.toStart,
    oldFinish: row.oldFinish ?? row.oldEnd ?? row.fromFinish, newFinish: row.newFinish ?? row.newEnd ?? row.toFinish,
    shiftDays: row.shiftDays ?? row.days ?? 0,
  }));
}
