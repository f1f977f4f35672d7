// @ts-check
/** The house style, as the code was already written; long lines wrap at 120 characters. */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
