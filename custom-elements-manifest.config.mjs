export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
};
