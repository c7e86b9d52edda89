export const DEFAULT_MAX_HEAP_MB: number;
export function withHeapLimit(nodeOptions?: string, maxHeapMb?: string): string;
