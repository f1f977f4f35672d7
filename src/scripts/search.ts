/**
 * Search over the Pagefind index built with the site. Pagefind and its index load on first open,
 * so no page pays for them until a reader asks. Results link to the nearest heading of the
 * passage that matched.
 */
import { href } from '../lib/paths.ts';
import { linkStylesheet } from '../lib/lazy-stylesheet.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
const UNAVAILABLE = 'Search is unavailable: its index did not load. It needs a network connection.';
let wired = false;

function load(): Promise<Pagefind> {
  const url = href('pagefind/pagefind.js');
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (module: Pagefind) => {
      await module.init();
      return module;
    },
    (error) => {
      // Offline, or a dropped connection: try again on the next keystroke.
      pagefind = undefined;
      throw error;
    },
  );
  return pagefind;
}

function item(tag: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

/**
 * Pagefind excerpts are text it escaped itself, with <mark> around hits: keep only the marks.
 * A textarea decodes the entities without running or dropping anything, spaces included.
 */
const decoder = document.createElement('textarea');
function excerpt(html: string): HTMLElement {
  const p = item('p');
  for (const [index, part] of html.split(/<\/?mark>/).entries()) {
    decoder.innerHTML = part;
    const text = decoder.value;
    p.append(index % 2 ? Object.assign(item('mark'), { textContent: text }) : text);
  }
  return p;
}

async function run(query: string, status: HTMLElement, list: HTMLElement) {
  if (!query.trim()) {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  let found: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
  let results: PagefindData[];
  try {
    found = await (await load()).debouncedSearch(query, {}, 150);
    if (!found) return;
    results = await Promise.all(found.results.slice(0, 8).map((result) => result.data()));
  } catch {
    // The pages themselves are saved for offline reading; the search index is fetched as needed.
    status.textContent = UNAVAILABLE;
    return;
  }
  list.replaceChildren(
    ...results.map((result) => {
      const li = item('li');
      // Land on the section with the most hits that has its own anchor, not the top of the page.
      const anchored = result.sub_results.filter((sub) => sub.url.includes('#'));
      const best = [...anchored].sort((a, b) => b.locations.length - a.locations.length)[0] ?? result.sub_results[0];
      const link = Object.assign(item('a'), {
        href: best?.url ?? result.url,
        textContent: result.meta.title ?? result.url,
      }) as HTMLAnchorElement;
      li.append(link, excerpt(best?.excerpt ?? result.excerpt));
      const more = anchored.filter((sub) => sub !== best).slice(0, 3);
      if (more.length) {
        const ul = item('ul');
        for (const sub of more) {
          const subItem = item('li');
          subItem.append(Object.assign(item('a'), { href: sub.url, textContent: sub.title }));
          ul.append(subItem);
        }
        li.append(ul);
      }
      return li;
    }),
  );
  status.textContent = results.length
    ? `${found.results.length} page${found.results.length === 1 ? '' : 's'} found`
    : `Nothing found for “${query}”`;
}

/**
 * The search dialog, made on first use: search needs this script, so a page without it has no use
 * for the markup, and every page saved for offline reading would carry it.
 */
export function searchDialog(): HTMLDialogElement {
  const existing = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (existing) return existing;
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.id = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-label');
  dialog.innerHTML = `<form class="search-form" role="search" method="dialog">
<label id="search-label" for="search-input" class="visually-hidden">Search the site</label>
<input id="search-input" type="search" name="q" placeholder="Search, e.g. Pangolin" autocomplete="off">
<button class="button" value="close" type="submit">Close</button>
</form>
<p class="search-status" id="search-status" role="status" aria-live="polite"></p>
<ol class="search-results" id="search-results"></ol>`;
  document.body.append(dialog);
  return dialog;
}

export async function openSearch(dialog: HTMLDialogElement) {
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const list = dialog.querySelector<HTMLElement>('#search-results')!;
  if (!wired) {
    wired = true;
    input.addEventListener('input', () => void run(input.value, status, list));
    // In a search field the browser spends the first Escape on clearing it; close instead.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    dialog.querySelector('form')!.addEventListener('submit', (event) => {
      if ((event as SubmitEvent).submitter?.getAttribute('value') !== 'close') event.preventDefault();
    });
    list.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) dialog.close();
    });
    void load().catch(() => {
      status.textContent = UNAVAILABLE;
    });
  }
  // Its address is the build's, written on the page script's tag (PageScript.astro): this
  // standalone build cannot emit a stylesheet of its own.
  const stylesheet = document.querySelector<HTMLElement>('script[data-search-css]')?.dataset.searchCss;
  if (stylesheet) await linkStylesheet(stylesheet);
  dialog.showModal();
  input.focus();
  input.select();
}
