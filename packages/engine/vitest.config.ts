import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The CLI tests spawn bin/redflags.mjs, which runs the compiled dist/: build it once first.
    globalSetup: ['./src/test-support/build-dist.ts'],
  },
});
