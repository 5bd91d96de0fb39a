// Spares the chart a forced layout per drawn link: the link layer reads the data area's scrollHeight for every
// link it draws, though it uses the value only for the library's split tasks, which roadmaps never have.

/**
 * Answers that read with the rows' total height, worked out without laying out the page. Only the link layer
 * reads this property (checked against the library's sources; see the benchmarks notes), and the browser's
 * own scrolling does not go through it. Without the data area (another build) nothing changes.
 */
export function answerLinkHeightReads(gantt) {
  const area = gantt.$task_data;
  if (!area) {
    return;
  }
  Object.defineProperty(area, 'scrollHeight', {
    configurable: true,
    get: () => gantt.getVisibleTaskCount() * gantt.config.row_height,
  });
}
