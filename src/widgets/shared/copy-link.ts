/** "Copy link to this view": the address with the figure's state and its anchor. */
export async function copyLink(anchorId: string, status: HTMLElement) {
  const url = new URL(location.href);
  url.hash = anchorId;
  try {
    await navigator.clipboard.writeText(url.href);
    status.textContent = 'Link copied.';
  } catch {
    // Clipboard access is refused on plain http and in some embedded browsers: show the link.
    status.textContent = `Copy this link: ${url.href}`;
  }
}
