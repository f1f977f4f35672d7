// Plain `tsc` has no Astro language plugin; .ts files that import components see them as this.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
