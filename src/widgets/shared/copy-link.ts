/** The address of this view: the figure's state and its anchor. */
export function viewLink(anchorId: string): string {
  const url = new URL(location.href);
  url.hash = anchorId;
  return url.href;
}

/** "Copy link to this view". */
export async function copyLink(anchorId: string, status: HTMLElement) {
  const link = viewLink(anchorId);
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'Link copied.';
  } catch {
    // Clipboard access is refused on plain http and in some embedded browsers: show the link.
    status.textContent = `Copy this link: ${link}`;
  }
}
