import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const timestamp = z.string().regex(/^\d{1,2}:\d{2}(:\d{2})?$/, 'a talk timestamp such as "16:58" or "1:02:10"');

const chapters = defineCollection({
  // CHAPTERS_DIR lets the build tests point the site at deliberately broken chapters.
  loader: glob({ pattern: '**/*.mdx', base: process.env.CHAPTERS_DIR ?? './content/chapters' }),
  schema: z
    .object({
      title: z.string().min(1),
      /** One or two sentences: the chapter card on the landing page and the meta description. */
      summary: z.string().min(20).max(260),
      order: z.number().int().positive(),
      talk: z.object({
        /** The heading of the talk (the post's outline) this chapter follows. */
        section: z.string().min(1),
        /** Left out where neither the narration's outline nor its timed transcript gives a time. */
        start: timestamp.optional(),
        end: timestamp.optional(),
      }),
      draft: z.boolean().default(false),
    })
    .strict(),
});

export const collections = { chapters };
