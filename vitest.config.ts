import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
  },
});
