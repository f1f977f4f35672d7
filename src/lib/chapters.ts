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

/**
 * Where a chapter sits in the narration, in words: "from 16:58 to 22:48", "from 42:21", or a
 * plain statement that no source gives its time (we never guess one).
 */
export function talkSpan(talk: Chapter['data']['talk'], dash = false): string {
  if (!talk.start) return 'time in the narration not known';
  if (dash) return talk.end ? `${talk.start}–${talk.end}` : `from ${talk.start}`;
  return talk.end ? `from ${talk.start} to ${talk.end}` : `from ${talk.start}`;
}
