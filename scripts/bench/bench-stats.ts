// Percentiles and the printed line shared by the benchmarks.

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Summary {
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function summary(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
}

const fmt = (n: number) => n.toFixed(2).padStart(7);

export function formatRow(label: string, s: Summary): string {
  return `  ${label.padEnd(27)} median ${fmt(s.median)}   p99 ${fmt(s.p99)}   max ${fmt(s.max)}`;
}
