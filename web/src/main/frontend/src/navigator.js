// The navigator: areas, sub-areas and actions as a tree, with filters by area, status, unit and text.
import { el, fill } from './html.js';
import { STATUSES } from './columns.js';
import { localized } from './tasks.js';
import { areaId, subAreaId } from './planrows.js';

/**
 * Up to this many actions shown (the whole plan or a filter's matches), the groups open with their actions listed;
 * more are counted per group and listed when the planner opens a group (listing 10,000 matches of a one-character
 * filter took over a second per keystroke).
 */
const EAGER_LIMIT = 400;

export class Navigator {
  constructor(node, workbench) {
    this.node = node;
    this.wb = workbench;
    this.filter = { area: '', status: '', responsible: '', q: '' };
  }

  render() {
    if (!this.node) {
      return;
    }
    const labels = this.wb.labels;
    const units = [...new Set(this.wb.items.map((item) => item.responsible).filter(Boolean))].sort();
    const filters = el('div', { class: 'rb-nav-filters', role: 'search' },
      this.select('area', labels['filter.area'], this.wb.areas.map((a) => [a.key, localized(a.name, this.wb.language)])),
      this.select('status', labels['filter.status'], STATUSES.map((s) => [s, labels[`status.${s}`]])),
      this.select('responsible', labels['filter.responsible'], units.map((u) => [u, u])),
      el('input', { type: 'search', class: 'rb-nav-q', 'data-rb-filter': 'q', value: this.filter.q,
        placeholder: labels['filter.q'], 'aria-label': labels['filter.q'] }));
    filters.addEventListener('input', (event) => this.changed(event));
    filters.addEventListener('change', (event) => this.changed(event));
    this.tree = el('div', { class: 'rb-nav-tree', role: 'tree', 'aria-label': labels['nav.title'] });
    fill(this.node, filters, this.tree);
    this.renderTree();
  }

  select(name, label, options) {
    return el('select', { 'data-rb-filter': name, 'aria-label': label, class: 'rb-nav-select' },
      el('option', { value: '' }, label), options.map(([value, text]) =>
        el('option', { value, selected: this.filter[name] === value }, text)));
  }

  changed(event) {
    const name = event.target.dataset.rbFilter;
    if (name && this.filter[name] !== event.target.value) {
      this.filter[name] = event.target.value;
      this.renderTree();
      this.wb.applyFilter(this.matching());
    }
  }

  /** The ids of matching actions, or null when no filter is set. */
  matching() {
    const { area, status, responsible, q } = this.filter;
    if (!area && !status && !responsible && !q) {
      return null;
    }
    const text = q.trim().toLowerCase();
    return new Set(this.wb.items.filter((item) => (!area || item.area === area) && (!status || item.status === status)
      && (!responsible || item.responsible === responsible)
      && (!text || item.number.startsWith(text) || `${item.title?.zh || ''} ${item.title?.en || ''}`.toLowerCase().includes(text)))
      .map((item) => item.id));
  }

  renderTree() {
    const matching = this.matching();
    const shown = this.wb.items.filter((item) => !matching || matching.has(item.id));
    const eager = shown.length <= EAGER_LIMIT;
    fill(this.tree, this.wb.areas.map((area) => {
      const inArea = shown.filter((item) => item.area === area.key);
      const subs = (area.subAreas || []).map((sub) => this.group(subAreaId(area.key, sub.key), localized(sub.name, this.wb.language),
        () => inArea.filter((item) => item.subArea === sub.key), eager));
      const direct = () => inArea.filter((item) => !item.subArea || !(area.subAreas || []).some((s) => s.key === item.subArea));
      return this.group(areaId(area.key), localized(area.name, this.wb.language), direct, eager, subs, inArea.length);
    }));
  }

  group(id, name, actions, eager, children = [], count = null) {
    const details = el('details', { class: 'rb-nav-group', 'data-group': id, open: eager },
      el('summary', {}, el('span', { class: 'rb-nav-name' }, name),
        el('span', { class: 'rb-nav-count' }, String(count ?? actions().length))));
    const body = el('div', { class: 'rb-nav-children', role: 'group' }, children);
    details.append(body);
    const fillActions = () => body.append(...actions().map((item) => this.leaf(item)));
    if (eager) {
      fillActions();
    } else {
      details.addEventListener('toggle', fillActions, { once: true });
    }
    return details;
  }

  leaf(item) {
    const link = el('a', { class: `rb-nav-action${item.parent ? ' rb-nav-sub-action' : ''}`, role: 'treeitem',
      href: this.wb.place.linkTo(item.id), 'data-item': item.id },
      el('span', { class: 'rb-nav-number' }, item.number), ' ', el('span', { class: 'rb-nav-title' }, this.wb.title(item)));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.wb.select(item.id, true);
    });
    return link;
  }

  /** Marks the selected action in the tree. */
  mark(id) {
    this.tree?.querySelectorAll('.rb-nav-selected').forEach((node) => node.classList.remove('rb-nav-selected'));
    const link = this.tree?.querySelector(`[data-item="${CSS.escape(String(id))}"]`);
    if (link) {
      link.classList.add('rb-nav-selected');
      link.closest('details')?.setAttribute('open', '');
      link.scrollIntoView({ block: 'nearest' });
    }
  }
}
