export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
