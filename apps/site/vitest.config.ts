// Unit tests beside the code (src/, and the node server in server/); pages and components are covered
// by the end-to-end tests in tests/site/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'server/**/*.test.ts'] },
});
