// In-page frame recorder: the time between animation frames while something happens, the measure of
// smoothness (a frame over 100 ms is a visible stall; 33 ms is 30 frames a second).

export async function startFrames(page) {
  await page.evaluate(() => {
    const record = { deltas: [], running: true, last: performance.now() };
    const tick = (now) => {
      record.deltas.push(now - record.last);
      record.last = now;
      if (record.running) {
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame((now) => {
      record.last = now;
      requestAnimationFrame(tick);
    });
    window.__frames = record;
  });
}

/** Stops recording; the summary of frame times in milliseconds. */
export async function stopFrames(page) {
  const deltas = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
    window.__frames.running = false;
    resolve(window.__frames.deltas);
  })));
  const sorted = [...deltas].sort((a, b) => a - b);
  const total = deltas.reduce((sum, d) => sum + d, 0);
  return {
    frames: deltas.length, median: round(sorted[Math.floor(sorted.length / 2)] || 0), max: round(sorted[sorted.length - 1] || 0),
    fps: round(deltas.length / (total / 1000)),
  };
}

export const round = (n) => Math.round(n * 10) / 10;
