// Spares the chart a second drawing after it scrolled itself: the library's horizontal scrollbar redraws the
// chart on every scroll event, also on the one the browser sends a frame later for a scroll already drawn.

/**
 * Stops that event before it reaches the scrollbar when the scrollbar already stands where the chart put it;
 * any other scroll (the planner's own, a resize) goes through. Without the library's scrollbar view (another
 * build) nothing changes.
 */
export function skipRepeatedHorizontalScroll(gantt, container) {
  const bar = gantt.$ui && typeof gantt.$ui.getView === 'function' ? gantt.$ui.getView('scrollHor') : null;
  if (!bar || !bar.$config) {
    return;
  }
  container.addEventListener('scroll', (event) => {
    const node = bar.$scroll_hor;
    if (event.target === node && node.scrollLeft === bar.$config.scrollPosition) {
      bar._oldLeft = node.scrollLeft;
      event.stopPropagation();
    }
  }, true);
}
