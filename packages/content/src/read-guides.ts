// Reads the launch guides: one Markdown file a guide in guides/, its front matter the guide's fields and its body the
// scenario. A file that does not make a valid guide is refused, naming the file, the field and the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { Guide, formatFieldProblems, type GuideInput } from '@redflags/schema';
import { parse } from 'yaml';
import { markdownToRichText } from './markdown-to-rich-text.js';

/** The folder of guide files, beside `src/` and `dist/`. */
export const guidesFolder = new URL('../guides/', import.meta.url);

/** Front matter between two `---` lines at the top, then the body. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * One guide from its Markdown file's text; `file` names it in errors.
 * @example readGuide('---\nslug: x\n…\n---\n\nThe phone rings.', 'x.md').scenario.root.children.length // 1
 */
export function readGuide(text: string, file: string): GuideInput {
  const parts = FRONT_MATTER.exec(text);
  if (parts === null) throw new Error(`${file}: must start with front matter between two '---' lines`);
  let front: unknown;
  try {
    front = parse(parts[1]!);
  } catch (error) {
    throw new Error(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof front !== 'object' || front === null || Array.isArray(front))
    throw new Error(`${file}: front matter must be a set of fields (key: value)`);
  let scenario: GuideInput['scenario'];
  try {
    // Blank lines in place of the front matter, so the lines an error names are the file's.
    const frontLines = text.slice(0, text.length - parts[2]!.length).split('\n').length - 1;
    scenario = markdownToRichText('\n'.repeat(frontLines) + parts[2]!);
  } catch (error) {
    throw new Error(`${file}: scenario ${(error as Error).message}`);
  }
  const guide = { ...(front as Record<string, unknown>), scenario } as GuideInput;
  const checked = Guide.safeParse(guide);
  if (!checked.success) throw new Error(formatFieldProblems(checked.error, file));
  return guide;
}

/** Every guide in `folder`, in file-name order. */
export function readGuides(folder: URL = guidesFolder): GuideInput[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readGuide(readFileSync(new URL(name, folder), 'utf8'), `guides/${name}`));
}
