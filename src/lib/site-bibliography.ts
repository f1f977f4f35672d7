// Moved to src/citations/; src/widgets and about-the-model.astro still import from here until
// their next change points them at ../citations/site-bibliography.ts.
export * from '../citations/site-bibliography.ts';
