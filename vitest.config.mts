import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/domain/**/*.test.ts", "tests/server/**/*.test.ts", "tests/content/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/data/**/*.test.ts", "tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          // Each file gets its own database, but argon2 and migrations are CPU-heavy on 2 cores.
          fileParallelism: false,
          testTimeout: 20000,
          hookTimeout: 60000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          environment: "node",
          // Builds the app, starts it on a free port with a throwaway database, finds Chromium.
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
      {
        extends: true,
        test: {
          name: "cluster",
          include: ["tests/cluster/**/*.cluster.test.ts"],
          environment: "node",
          // Two production instances on PostgreSQL behind nginx (npm run test:cluster).
          globalSetup: ["tests/cluster/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60000,
          hookTimeout: 600000,
        },
      },
    ],
  },
});
