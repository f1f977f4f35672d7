/**
 * Starts a figure only when one of its elements comes within a screen of the viewport, so a
 * page with several figures does no work for those the reader has not reached.
 */
export function whenNear(selector: string, start: () => void) {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) return;
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: '100% 0px' },
  );
  elements.forEach((element) => observer.observe(element));
}
