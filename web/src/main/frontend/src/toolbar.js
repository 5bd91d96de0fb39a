// The chart's toolbar: zoom, today, critical path, baseline choice; labels come from the resource bundles.
import { el, fill } from './html.js';
import { ZOOM_LEVELS, currentZoom, nextZoom } from './zoom.js';

export class Toolbar {
  constructor(node, workbench) {
    this.node = node;
    this.wb = workbench;
  }

  /**
   * Builds the toolbar at the chosen zoom level before the chart is laid out: filled in later, it would
   * shrink the chart and make the library draw the whole plan a second time for the new height.
   */
  render(level) {
    const labels = this.wb.labels;
    this.zoom = el('select', { class: 'rb-zoom', 'aria-label': labels['zoom.label'], 'data-rb-control': 'zoom' },
      ZOOM_LEVELS.map((name) => el('option', { value: name, selected: name === level }, labels[`zoom.${name}`])));
    this.zoom.addEventListener('change', () => this.wb.zoomTo(this.zoom.value));
    const critical = el('input', { type: 'checkbox', checked: this.wb.state.showCritical, 'data-rb-control': 'critical' });
    critical.addEventListener('change', () => this.wb.showCritical(critical.checked));
    this.baseline = el('select', { class: 'rb-baseline-select', 'aria-label': labels['baseline.label'], 'data-rb-control': 'baseline' });
    this.baseline.addEventListener('change', () => this.wb.chooseBaseline(this.baseline.value));
    this.listBaselines([]);
    fill(this.node,
      button('−', labels['zoom.out'], () => this.step(1), 'zoom-out'), this.zoom,
      button('+', labels['zoom.in'], () => this.step(-1), 'zoom-in'),
      button(labels['chart.today'], labels['chart.today'], () => this.wb.showToday(), 'today'),
      el('label', { class: 'rb-toggle' }, critical, labels['chart.critical']),
      el('span', { class: 'rb-toolbar-gap' }), this.baseline,
      this.wb.editable ? button(labels['baseline.create'], labels['baseline.create'], () => this.wb.createBaseline(), 'new-baseline') : null);
  }

  /** Keeps the zoom choice in step with the chart's level, however it changes; once the chart is set up. */
  followZoom(gantt) {
    this.zoom.value = currentZoom(gantt);
    gantt.ext.zoom.attachEvent('onAfterZoom', () => {
      this.zoom.value = currentZoom(gantt);
      this.wb.place.remember({ zoom: this.zoom.value });
    });
  }

  /** The plan's baselines, once read, with the chosen one shown. */
  showBaselines(baselines, chosen) {
    this.listBaselines(baselines);
    this.baseline.value = chosen ? String(chosen) : '';
  }

  listBaselines(baselines) {
    const labels = this.wb.labels;
    const chosen = this.baseline.value;
    fill(this.baseline, el('option', { value: '' }, labels['baseline.none']),
      baselines.map((b) => el('option', { value: b.id, selected: String(b.id) === chosen }, b.name || `#${b.id}`)));
  }

  step(direction) {
    const level = nextZoom(this.wb.gantt, direction);
    if (level) {
      this.wb.zoomTo(level);
    }
  }
}

function button(text, title, onclick, name) {
  return el('button', { type: 'button', class: 'rb-button rb-tool', title, 'aria-label': title, onclick, 'data-rb-control': name }, text);
}
