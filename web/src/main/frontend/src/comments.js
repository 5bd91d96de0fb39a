// The comments on the selected action: author, local time and text (always as text), newest last; planners
// add them, and delete their own (administrators any).
import { el, fill } from './html.js';
import { ask, format } from './dialogs.js';

export const MAX_COMMENT = 4000;

/** The text to send, or the label key of why it cannot be sent. */
export function commentText(raw) {
  const text = String(raw ?? '');
  if (!text.trim()) {
    return { error: 'comment.empty' };
  }
  return text.length > MAX_COMMENT ? { error: 'comment.tooLong' } : { text };
}

export class CommentsView {
  constructor(workbench, onChange) {
    this.wb = workbench;
    this.onChange = onChange;
    this.node = el('section', { class: 'rb-props-comments', 'aria-live': 'polite' });
    this.item = null;
  }

  async show(item) {
    this.item = item;
    const labels = this.wb.labels;
    this.list = el('ol', { class: 'rb-comments' });
    fill(this.node, el('h4', {}, labels['props.comments']), this.list, this.wb.editable && !item.archived ? this.form() : null);
    await this.reload();
  }

  async reload() {
    const item = this.item;
    try {
      const comments = await this.wb.api.get(`/items/${item.id}/comments`);
      if (this.item === item) {
        this.render(comments || []);
      }
    } catch (error) {
      fill(this.list, el('li', { class: 'rb-error' }, error.message));
    }
  }

  render(comments) {
    const labels = this.wb.labels;
    if (!comments.length) {
      fill(this.list, el('li', { class: 'rb-muted rb-comments-empty' }, labels['props.noComments']));
      return;
    }
    const locale = this.wb.language === 'zh' ? 'zh-CN' : 'en';
    fill(this.list, comments.map((comment) => {
      const when = new Date(comment.createdAt);
      const remove = this.wb.editable && comment.mayDelete
        ? el('button', { type: 'button', class: 'rb-link-button rb-comment-delete', 'data-rb-action': 'delete-comment',
          onclick: () => this.remove(comment, when.toLocaleString(locale)) }, labels['comment.delete']) : null;
      return el('li', { class: 'rb-comment', 'data-comment': comment.id },
        el('div', { class: 'rb-comment-meta' }, el('strong', { class: 'rb-comment-author' }, comment.author), ' ',
          el('time', { datetime: comment.createdAt }, when.toLocaleString(locale)), remove),
        el('p', { class: 'rb-comment-text' }, comment.text));
    }));
  }

  form() {
    const labels = this.wb.labels;
    const text = el('textarea', { id: 'rb-comment-text', rows: 3, maxlength: MAX_COMMENT, 'aria-label': labels['comment.label'],
      placeholder: labels['comment.label'] });
    const form = el('form', { class: 'rb-comment-form', novalidate: true }, text,
      el('button', { type: 'submit', class: 'rb-button', 'data-rb-action': 'add-comment' }, labels['comment.add']));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.add(text);
    });
    return form;
  }

  async add(textarea) {
    const { text, error } = commentText(textarea.value);
    if (error) {
      this.wb.toast(format(this.wb.labels[error], MAX_COMMENT), 'error');
      return;
    }
    try {
      await this.wb.api.post(`/items/${this.item.id}/comments`, { text });
      textarea.value = '';
      await this.reload();
      this.onChange();
    } catch (failure) {
      this.wb.toast(failure.message, 'error');
    }
  }

  async remove(comment, when) {
    const labels = this.wb.labels;
    const answer = await ask('rb-comment-delete', labels['comment.deleteTitle'],
      el('p', {}, format(labels['comment.deleteText'], comment.author, when)),
      [['cancel', labels['button.cancel']], ['delete', labels['comment.delete'], true]]);
    if (answer !== 'delete') {
      return;
    }
    try {
      await this.wb.api.delete(`/items/${this.item.id}/comments/${comment.id}`);
      await this.reload();
      this.onChange();
    } catch (failure) {
      this.wb.toast(failure.message, 'error');
    }
  }
}
