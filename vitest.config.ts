import { defineConfig } from "vitest/config";

// One run for every package: unit tests, integration tests against a real Neo4j (started once by
// test/global-setup.ts through the same launcher the CLI uses), and browser tests in headless Chromium.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    globalSetup: ["./scripts/test-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
