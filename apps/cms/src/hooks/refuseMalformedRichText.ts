// Lexical rich text arrives as JSON from the client. Payload's Lexical field hooks walk the node tree
// and throw a TypeError (a 500) on a malformed one — `children` not an array, a node not an object —
// before any validation runs. This hook runs first (beforeOperation) and refuses such a value with a
// ValidationError on the field instead.
import type { CollectionBeforeOperationHook } from 'payload';
import { refuseIfProblems } from '../validation/refuse.js';

const MAX_DEPTH = 64;

/** The problem with a Lexical value's tree, or null when every node is an object with array children. */
export function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    return 'must be rich text (a Lexical editor state object); re-enter the text in the editor';
  const root = (value as { root?: unknown }).root;
  if (root === null || typeof root !== 'object' || Array.isArray(root))
    return 'rich text has no "root" node; re-enter the text in the editor';
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object' || Array.isArray(node))
      return 'rich text has a node that is not an object; re-enter the text in the editor';
    if (depth > MAX_DEPTH) return `rich text is nested deeper than ${MAX_DEPTH} levels; simplify it`;
    const children = (node as { children?: unknown }).children;
    if (children === undefined) continue;
    if (!Array.isArray(children)) return 'rich text has a node whose "children" is not a list; re-enter the text in the editor';
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}

/** Refuses a create or update whose rich-text `fields` (top-level names) are malformed. */
export function refuseMalformedRichText(fields: readonly string[]): CollectionBeforeOperationHook {
  return ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args;
    const data = (args as { data?: Record<string, unknown> }).data;
    if (data === null || typeof data !== 'object') return args;
    const problems = fields.flatMap((field) => {
      const message = richTextProblem(data[field]);
      return message === null ? [] : [{ field, message }];
    });
    refuseIfProblems(problems, { collection: collection.slug, req });
    return args;
  };
}
