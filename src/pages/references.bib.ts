import type { APIRoute } from 'astro';
import { bibSource } from '../citations/site-bibliography.ts';

export const GET: APIRoute = () =>
  new Response(bibSource, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
