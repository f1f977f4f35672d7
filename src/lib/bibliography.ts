// Moved to src/citations/; src/widgets and about-the-model.astro still import from here until
// their next change points them at ../citations/bibliography.ts.
export * from '../citations/bibliography.ts';
