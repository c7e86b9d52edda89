export function isPostgresInstalled(): boolean;
export function startThrowawayPostgres(options: { dir: string; durable?: boolean }): Promise<{ url: string; port: number; stop(): void }>;
