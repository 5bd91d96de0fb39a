// Readies the fonts the chart's rows use while the plan loads, so that the first frame does not wait for them.

/** Letters, digits and every sign the chart's own texts use; no text from the plan. */
const GLYPHS = 'Aa 0123456789 – — … → › · ⚠ 中';

/** The faces the rows and bars show text in, as the chart's own classes: [outer class, inner class]. */
const FACES = [
  ['gantt_row rb-row-action', 'gantt_cell'], ['gantt_row rb-row-area', 'gantt_cell'],
  ['gantt_row rb-row-sub-area', 'gantt_cell'], ['gantt_row', 'rb-open-end'], ['gantt_row', 'rb-status'],
  ['gantt_task_line', 'gantt_task_content rb-bar-number'], ['gantt_task_line', 'gantt_task_content rb-bar-open'],
  ['gantt_task_line', 'rb-milestone-label'],
];

/**
 * Lays out, out of sight in `container`, a line in each face the rows use, and starts loading the library's icon
 * font, which the grid's tree icons need. The browser looks a font up (and decodes the icon font) the first time
 * text needs it, one request to the browser process per face and per sign the face lacks; done here, that happens
 * while the plan is on its way instead of inside the first frame. Returns the function that removes the lines.
 */
export function warmFonts(container, doc = document) {
  if (doc.fonts && typeof doc.fonts.load === 'function') {
    doc.fonts.load('12px dhx-gantt-icons').catch(() => {});
  }
  const probe = doc.createElement('div');
  probe.className = 'rb-font-warm';
  probe.setAttribute('aria-hidden', 'true');
  probe.innerHTML = FACES.map(([outer, inner]) => `<div class="${outer}"><div class="${inner}">${GLYPHS}</div></div>`).join('');
  container.appendChild(probe);
  return () => probe.remove();
}
