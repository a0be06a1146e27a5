// The three editor roles and what each may do. Authors write drafts, editors publish,
// admins also manage users and checker settings.
export const ROLES = ['author', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { author: 1, editor: 2, admin: 3 };

/** The part of a signed-in user access decisions read. */
export interface UserWithRole {
  id: number | string;
  role?: Role | null;
}

function roleOf(user: unknown): Role | undefined {
  if (typeof user !== 'object' || user === null) return undefined;
  const role = (user as { role?: unknown }).role;
  return ROLES.find((r) => r === role);
}

/**
 * True when the user holds `role` or a higher one.
 * @example hasRole({ id: 1, role: 'admin' }, 'editor') // true
 */
export function hasRole(user: unknown, role: Role): boolean {
  const held = roleOf(user);
  return held !== undefined && RANK[held] >= RANK[role];
}
