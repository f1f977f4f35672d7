/**
 * Loads a figure's code only when one of its elements comes within a screen of the viewport,
 * so a reader who never scrolls to a figure never downloads it.
 */
export function whenNear(selector: string, load: () => Promise<unknown>) {
  const elements = document.querySelectorAll(selector);
  if (!elements.length) return;
  if (!('IntersectionObserver' in window)) {
    void load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    },
    { rootMargin: '100% 0px' },
  );
  elements.forEach((element) => observer.observe(element));
}
