/**
 * Old addresses that readers may have saved or shared, and where they now lead. Each becomes a
 * small page of its own (src/pages/[...moved].astro) that forwards at once and links onward for a
 * browser that does not follow the refresh, with the same head, policy and checks as any page.
 */
export const MOVED: Readonly<Record<string, string>> = {
  'chapters/what-follows/': 'chapters/consequences-for-ai-development/',
};
