// The desired retentions the planner simulates: 0.70 to 0.97 in steps of STEP, plus the learner's
// own setting when it falls between two (or above 0.97: Settings allow up to 0.99).

export const GRID_MIN = 0.7;
export const GRID_MAX = 0.97;
export const GRID_STEP = 0.01;

/** Two retentions this close are one point (floating-point sums of 0.01 never land exactly). */
const SAME = 1e-9;

export const isSameRetention = (a: number, b: number) => Math.abs(a - b) < SAME;

/** The grid's retentions and `currentRetention`, ascending, each once. */
export function retentionGrid(currentRetention: number): number[] {
  const count = Math.round((GRID_MAX - GRID_MIN) / GRID_STEP);
  const points = Array.from({ length: count + 1 }, (_, index) => Math.round((GRID_MIN + index * GRID_STEP) * 100) / 100);
  if (!points.some((point) => isSameRetention(point, currentRetention))) points.push(currentRetention);
  return points.sort((a, b) => a - b);
}
