/**
 * Cuts one exported function, with its doc comment, out of a source file, so a chapter can show
 * the engine's real code: if the function is renamed or removed, the build fails here rather
 * than the page showing code that no longer runs.
 */
export function extractFunction(source: string, name: string, file = '<source>'): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^export (async )?function ${name}\\b`).test(line));
  if (start < 0) throw new Error(`${file}: no exported function "${name}" to show`);
  let first = start;
  if (lines[start - 1]?.trim() === '*/') {
    while (first > 0 && !lines[first].trim().startsWith('/**')) first--;
  }
  let depth = 0;
  let opened = false;
  for (let i = start; i < lines.length; i++) {
    for (const ch of lines[i]) {
      if (ch === '{') {
        depth++;
        opened = true;
      } else if (ch === '}') depth--;
    }
    if (opened && depth === 0 && /^}/.test(lines[i])) return lines.slice(first, i + 1).join('\n');
  }
  throw new Error(`${file}: function "${name}" never closes`);
}
