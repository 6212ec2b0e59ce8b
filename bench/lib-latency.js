'use strict';

/** The p-th percentile of an ascending array of milliseconds (0 when empty). */
function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

module.exports = { percentile };
