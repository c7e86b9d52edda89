export function nginxConfig(options: { prefix: string; listen: string; upstreamPorts: number[] }): string;
