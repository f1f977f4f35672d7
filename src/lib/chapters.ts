import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterPath, href, slugOf } from './paths.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** Published chapters in the order of the talk. */
export async function chapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', ({ data }) => !data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

export const chapterSlug = (chapter: Chapter) => slugOf(chapter.id);
export const chapterHref = (chapter: Chapter) => href(chapterPath(chapter.id));
