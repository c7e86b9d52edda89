export interface Migration { name: string; sql: string; checksum: string }
export function migrationsDirOf(provider: "sqlite" | "postgresql"): string;
export function readMigrations(dir: string): Migration[];
export function migrateDatabase(url: string, options?: { log?: (line: string) => void; migrationsDir?: string }): Promise<string[]>;
