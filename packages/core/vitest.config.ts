import { defineConfig } from 'vitest/config';

const LINEAR_TIME_TESTS = 'src/linearTime.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test-utils/**/*.test.ts'],
          exclude: [LINEAR_TIME_TESTS],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'linear-time',
          include: [LINEAR_TIME_TESTS],
          environment: 'node',
          // A young generation of 1 MB: the 1× and the 10× input of a case both promote what they keep to the
          // old generation, instead of the 1× input alone fitting in a young generation grown to 16 MB and
          // skipping the copying (and, where new memory is slow to touch, the page faults) that the 10× input
          // pays. See the comment at the top of the file.
          execArgv: ['--max-semi-space-size=1'],
        },
      },
    ],
  },
});
