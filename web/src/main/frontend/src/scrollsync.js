// Spares the chart a second drawing after each scroll it makes itself: the library's horizontal scrollbar
// redraws the chart on every scroll event, also on the one the browser sends a frame later for a scroll the
// chart has already drawn (scrolling to today on the first frame, to the middle date after each zoom).

/**
 * Stops that event before it reaches the scrollbar when the scrollbar already stands where the chart put it.
 * What listens to the chart's scrolling still hears of it (the zoom keeps the date in the middle of the view
 * from it). Any other scroll goes through: the planner's own scrolls leave the scrollbar somewhere the chart
 * has not yet drawn. Without the library's scrollbar view (another build) nothing changes.
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
      const { x, y } = gantt.getScrollState();
      gantt.callEvent('onGanttScroll', [x, y, x, y]);
    }
  }, true);
}
