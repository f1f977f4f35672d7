import { getCollection, type CollectionEntry } from 'astro:content';
import { href } from './paths.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** Published chapters in the order of the talk. */
export async function chapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', ({ data }) => !data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

export const chapterSlug = (chapter: Chapter) => chapter.id.replace(/^\d+-/, '');
export const chapterHref = (chapter: Chapter) => href(`chapters/${chapterSlug(chapter)}/`);
