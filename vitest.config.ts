import { defineConfig } from "vitest/config";

// Two projects in one run. "unit" needs nothing but Node. "integration" needs the real Neo4j that
// scripts/test-global-setup.ts starts once (through the same launcher the CLI uses) and, for the
// viewer's e2e tests, headless Chromium. Vitest runs a project's global setup only when it has test
// files to run, so `vitest run packages/extractor` starts no Neo4j.
export default defineConfig({
  // Workspace packages resolve to their TypeScript sources ("source" export condition): no build needed.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "packages/{schema,extractor,evaluation,neo4j-local}/test/**/*.test.ts",
            "packages/cli/test/*.test.ts",
            "packages/viewer/test/*.test.ts",
            "test/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["packages/{store,server}/test/**/*.test.ts", "packages/viewer/test/e2e/**/*.test.ts", "packages/cli/test/integration/*.test.ts"],
          globalSetup: ["./scripts/test-global-setup.ts"],
        },
      },
    ],
  },
});
