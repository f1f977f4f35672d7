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
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    removeEventListener('beforeprint', begin);
    start();
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && begin(), {
    rootMargin: '100% 0px',
  });
  elements.forEach((element) => observer.observe(element));
  // A printed chapter (a handout) shows every figure in the state its address names, reached or not.
  addEventListener('beforeprint', begin);
}
