import { z } from "zod";
import { databaseProviderOf, DEFAULT_POOL_SIZE, resolveDatabaseUrl } from "../data/database-url";
import { DEFAULT_SIGN_UPS_PER_IP_PER_HOUR } from "../domain/account/sign-up-limit";

// The only module that reads process.env. Empty strings count as unset so that `FOO=` in a
// .env file does not silently become a value.
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUnset, z.string().optional());

const envSchema = z
  .object({
    NODE_ENV: z.preprocess(emptyAsUnset, z.enum(["development", "production", "test"]).default("development")),
    DATABASE_URL: optionalString,
    NEXTAUTH_SECRET: z.preprocess(emptyAsUnset, z.string().min(32, "must be at least 32 characters").optional()),
    NEXTAUTH_URL: z.preprocess(emptyAsUnset, z.url().optional()),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    RECALL_SIGN_UPS_PER_IP_PER_HOUR: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100_000).default(DEFAULT_SIGN_UPS_PER_IP_PER_HOUR)),
    RECALL_DB_POOL_SIZE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100).default(DEFAULT_POOL_SIZE)),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required when NODE_ENV=production (generate one with: openssl rand -base64 32)",
      });
    }
    if (Boolean(env.GITHUB_ID) !== Boolean(env.GITHUB_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["GITHUB_SECRET"], message: "GITHUB_ID and GITHUB_SECRET go together" });
    }
    try {
      databaseProviderOf(resolveDatabaseUrl(env.DATABASE_URL));
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: (error as Error).message });
    }
  });

export interface ServerEnv {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  /** Sign-up attempts allowed per client IP in any hour. */
  signUpsPerIpPerHour: number;
  /** PostgreSQL connections per app process (ignored for SQLite). */
  databasePoolSize: number;
  authSecret: string | undefined;
  authUrl: string | undefined;
  github: { clientId: string; clientSecret: string } | undefined;
}

export class InvalidEnvironmentError extends Error {}

/** Parses an environment; throws InvalidEnvironmentError naming every bad variable on one line. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new InvalidEnvironmentError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const env = result.data;
  return {
    nodeEnv: env.NODE_ENV,
    databaseUrl: resolveDatabaseUrl(env.DATABASE_URL),
    databasePoolSize: env.RECALL_DB_POOL_SIZE,
    signUpsPerIpPerHour: env.RECALL_SIGN_UPS_PER_IP_PER_HOUR,
    authSecret: env.NEXTAUTH_SECRET,
    authUrl: env.NEXTAUTH_URL,
    github: env.GITHUB_ID && env.GITHUB_SECRET ? { clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET } : undefined,
  };
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
