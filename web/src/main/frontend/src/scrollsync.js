// Spares the chart's first frame a second drawing: the library's horizontal scrollbar redraws the chart on every
// scroll event, also on the one the browser sends a frame later for the scroll to today already drawn.

/**
 * Stops that event before it reaches the scrollbar when the scrollbar already stands where the chart put it,
 * until the returned function is called (after the first frame). What listens to the chart's scrolling still
 * hears of it (the zoom keeps the date in the middle of the view from it). Any other scroll goes through.
 * Without the library's scrollbar view (another build) nothing changes.
 */
export function skipRepeatedHorizontalScroll(gantt, container) {
  const bar = gantt.$ui && typeof gantt.$ui.getView === 'function' ? gantt.$ui.getView('scrollHor') : null;
  if (!bar || !bar.$config) {
    return () => {};
  }
  const skipRepeat = (event) => {
    const node = bar.$scroll_hor;
    if (event.target === node && node.scrollLeft === bar.$config.scrollPosition) {
      bar._oldLeft = node.scrollLeft;
      event.stopPropagation();
      const { x, y } = gantt.getScrollState();
      gantt.callEvent('onGanttScroll', [x, y, x, y]);
    }
  };
  container.addEventListener('scroll', skipRepeat, true);
  return () => container.removeEventListener('scroll', skipRepeat, true);
}
