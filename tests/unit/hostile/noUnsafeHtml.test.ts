/** @jest-environment node */
/**
 * Issue 6 item 5: no unsanitised HTML is rendered anywhere. Every source file under src/ and preview/ is scanned
 * for the APIs that turn text into markup or code: React's dangerouslySetInnerHTML, assigning innerHTML /
 * outerHTML, insertAdjacentHTML, document.write(ln), new Function, eval( — and string-argument setTimeout /
 * setInterval. React escapes everything else it renders, so with none of these, user data is always text.
 *
 * ALLOWED: a use that is provably safe, listed with its file, the exact line text and the reason. Empty today.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..', '..');
const SCANNED_DIRECTORIES = ['src', 'preview'];
const EXTENSIONS = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts|html)$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'lib', 'temp', 'release', '.vite']);

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: '.innerHTML =', pattern: /\.innerHTML\s*(\+?=)(?!=)/ },
  { name: 'outerHTML', pattern: /\.outerHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\s*\.\s*write(ln)?\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'eval(', pattern: /(^|[^\w.$])eval\s*\(/ },
  { name: 'string setTimeout/setInterval', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b|srcDoc=/ },
];

/** `path: line text` -> why it is safe. */
const ALLOWED: Record<string, string> = {};

function filesUnder(directory: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(directory)) {
    if (SKIPPED_DIRECTORIES.has(name)) continue;
    const path = join(directory, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (EXTENSIONS.test(name)) out.push(path);
  }
  return out;
}

const FILES = SCANNED_DIRECTORIES.flatMap((d) => filesUnder(join(ROOT, d)));

describe('no unsafe HTML or dynamic code in src/ and preview/', () => {
  it('scans a realistic number of files (the scan itself works)', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(FILES.some((f) => f.endsWith('.tsx'))).toBe(true);
    expect(FILES.some((f) => relative(ROOT, f).startsWith('preview'))).toBe(true);
  });

  it('the patterns catch what they are meant to catch (and not look-alikes)', () => {
    const hits = (text: string): string[] => FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => f.name);
    expect(hits('<div dangerouslySetInnerHTML={{ __html: x }} />')).toEqual(['dangerouslySetInnerHTML']);
    expect(hits('el.innerHTML = text;')).toEqual(['.innerHTML =']);
    expect(hits('el.innerHTML += text;')).toEqual(['.innerHTML =']);
    expect(hits('if (el.innerHTML === "") {}')).toEqual([]);
    expect(hits('node.outerHTML')).toEqual(['outerHTML']);
    expect(hits("el.insertAdjacentHTML('beforeend', x)")).toEqual(['insertAdjacentHTML']);
    expect(hits('document.write(x)')).toEqual(['document.write']);
    expect(hits('const f = new Function("return 1")')).toEqual(['new Function']);
    expect(hits('eval(code)')).toEqual(['eval(']);
    expect(hits('retrieval(code); medieval (x)')).toEqual([]);
    expect(hits("setTimeout('alert(1)', 10)")).toEqual(['string setTimeout/setInterval']);
    expect(hits('setTimeout(() => done(), 10)')).toEqual([]);
  });

  it.each(FORBIDDEN)('no file uses $name (outside the explained allow-list)', ({ pattern }) => {
    const offending: string[] = [];
    for (const file of FILES) {
      const lines = readFileSync(file, 'utf8').split(/\r?\n/);
      lines.forEach((line, index) => {
        if (!pattern.test(line)) return;
        const key = `${relative(ROOT, file).replace(/\\/g, '/')}: ${line.trim()}`;
        if (!(key in ALLOWED)) offending.push(`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
