/**
 * Predict, then look: turns each question block the build rendered (Question.astro) from a
 * <details> the reader may open into a choice, a reveal and, where the question names a figure in
 * a state, a "show me" that puts the figure there through its public API. The reader's answer is
 * kept on their device only; where storage is blocked, answering and revealing still work and
 * nothing is kept.
 */
import { parseStored, safeStorage, storageKey, verdict } from './answers.ts';
import { showFigure } from '../widgets/shared/show-figure.ts';

const storage = safeStorage(() => window.localStorage);

function enhance(block: HTMLElement) {
  const key = storageKey(block.dataset.question!);
  const right = Number(block.dataset.answer);
  const radios = [...block.querySelectorAll<HTMLInputElement>('.question-choices input[type="radio"]')];
  const texts = radios.map((radio) => radio.closest('label')!.textContent!.trim());
  const reveal = block.querySelector<HTMLButtonElement>('.question-reveal')!;
  const status = block.querySelector<HTMLElement>('.question-status')!;
  const details = block.querySelector<HTMLDetailsElement>('.question-answer')!;
  const body = block.querySelector<HTMLElement>('.question-answer-body')!;
  const said = block.querySelector<HTMLElement>('.question-verdict')!;
  const show = block.querySelector<HTMLButtonElement>('.question-show');

  const chosen = () => radios.findIndex((radio) => radio.checked);
  const revealed = () => 'revealed' in block.dataset;
  const save = () => storage.setItem(key, JSON.stringify({ choice: chosen(), revealed: revealed() }));

  function mark() {
    const choice = chosen();
    radios.forEach((radio, i) => {
      const label = radio.closest('label')!;
      label.toggleAttribute('data-right', i === right);
      label.toggleAttribute('data-chosen', i === choice);
    });
    said.hidden = choice < 0;
    if (choice >= 0) said.textContent = verdict(texts, choice, right);
  }

  function open(moveFocus: boolean) {
    block.dataset.revealed = '';
    details.open = true;
    reveal.hidden = true;
    status.textContent = '';
    mark();
    if (moveFocus) body.focus();
  }

  block.dataset.ready = '';
  reveal.hidden = false;
  const stored = parseStored(storage.getItem(key), radios.length);
  if (stored) {
    radios[stored.choice].checked = true;
    if (stored.revealed) open(false);
  }

  block.addEventListener('change', (event) => {
    if (!radios.includes(event.target as HTMLInputElement)) return;
    status.textContent = '';
    if (revealed()) mark();
    save();
  });
  // Find in page opens a <details> by itself: the answer is then out, so the block says so.
  details.addEventListener('toggle', () => {
    if (!details.open || revealed()) return;
    open(false);
    save();
  });
  reveal.addEventListener('click', () => {
    if (chosen() < 0) {
      status.textContent = 'Choose an answer first: predict, then look.';
      return;
    }
    open(true);
    save();
  });

  const frame = block.dataset.figure ? document.getElementById(block.dataset.figure) : null;
  if (show && frame) {
    show.hidden = false;
    show.addEventListener('click', () => void showAndFocus(frame, block.dataset.set ?? ''));
  }
}

/** Shows the question's state in its figure, then moves focus to the figure. */
async function showAndFocus(frame: HTMLElement, query: string) {
  await showFigure(frame, query);
  if (!frame.hasAttribute('tabindex')) frame.tabIndex = -1;
  frame.focus({ preventScroll: true });
}

for (const block of document.querySelectorAll<HTMLElement>('.question[data-question]:not([data-ready])'))
  enhance(block);
