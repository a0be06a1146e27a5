// Unit tests beside the code; pages and components are covered by the end-to-end tests in tests/site/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
