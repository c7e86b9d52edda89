import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["lib/data/generated/**", ".next/**", "node_modules/**", "data/**", "next-env.d.ts"] },
  {
    // The domain stays pure: no framework, database, file system or environment access.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "@prisma/*", "*/generated/*", "node:fs", "fs", "../data/*", "../server/*", "../../data/*", "../../server/*"] },
      ],
      "no-restricted-globals": ["error", "process"],
    },
  },
];

export default config;
