import path from "node:path";
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "../../../scripts/db/throwaway-postgres.mjs";
import { serveCluster } from "../../../scripts/serve/serve-cluster";
import { newTestDatabase } from "../../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    proxyUrl: string;
    instanceUrls: string[];
    clusterDatabaseUrl: string;
  }
}

/** Sign-ups per IP per hour on the cluster: low, so a test can reach the limit in a few requests. */
export const CLUSTER_SIGN_UP_LIMIT = 4;

const ROOT = path.resolve(import.meta.dirname, "../../..");

/**
 * Two production instances on one PostgreSQL database behind nginx. Uses the cluster that
 * RECALL_TEST_POSTGRES_URL names (`npm run test:postgres`), or starts a throwaway one.
 */
export default async function setup(project: TestProject) {
  const givenCluster = process.env.RECALL_TEST_POSTGRES_URL || undefined;
  const ownCluster = givenCluster ? null : await startThrowawayPostgres({ dir: path.join(ROOT, ".postgres-cluster-test"), durable: false });
  const database = newTestDatabase(givenCluster ?? ownCluster!.url);
  if (!database.url.startsWith("postgresql://")) throw new Error(`the cluster must run on PostgreSQL, got ${database.url}`);
  const cluster = await serveCluster({ databaseUrl: database.url, instances: 2, env: { RECALL_SIGN_UPS_PER_IP_PER_HOUR: String(CLUSTER_SIGN_UP_LIMIT) } });
  project.provide("proxyUrl", cluster.proxyUrl);
  project.provide("instanceUrls", cluster.instances.map((instance) => instance.baseUrl));
  project.provide("clusterDatabaseUrl", database.url);
  return async () => {
    cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.remove();
    ownCluster?.stop();
  };
}
