// Roles and the one permission table. Every HTTP route names one access level; nothing else
// decides who may do what.

export const ROLES = ["viewer", "editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

/** `role` is `min` or above it (viewer < editor < reviewer < admin). */
export function roleAtLeast(role: Role | null, min: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(min);
}

export type Access = "open" | "public" | "read" | "edit" | "review" | "admin";

export interface AccessRule {
  /** The lowest role allowed; null: no login needed. */
  role: Role | null;
  /** Anonymous visitors are let in when the server runs with `--public`. */
  publicMode: boolean;
  help: string;
}

export const ACCESS: Readonly<Record<Access, AccessRule>> = {
  open: {
    role: null,
    publicMode: true,
    help: "anyone: health, login, the CSRF token, the OpenAPI document",
  },
  public: {
    role: "viewer",
    publicMode: true,
    help: "read public data: sources, statements, actors, figures, legal references, events, search, counts, published checks; anonymous visitors too in public mode (confidential records hidden)",
  },
  read: {
    role: "viewer",
    publicMode: false,
    help: "read what public mode never shows: cases and their records, the review queue, checks not yet published",
  },
  edit: {
    role: "editor",
    publicMode: false,
    help: "change the record: ingest, import cases, merge/split actors, mark records confidential, decide suggestions, draft checks",
  },
  review: {
    role: "reviewer",
    publicMode: false,
    help: "review checks (accept, edit, reject, publish, reopen) and read the audit log",
  },
  admin: { role: "admin", publicMode: false, help: "manage users" },
};

/**
 * Who may see confidential records (a person at risk, a source that must stay unnamed): editors
 * and above — the people who keep the register need the whole of it; viewers, reviewers of public
 * checks included, see what could be published. Reviewers are above editors, so they see it too.
 */
export const CONFIDENTIAL_ROLE: Role = "editor";

export function mayReadConfidential(role: Role | null): boolean {
  return roleAtLeast(role, CONFIDENTIAL_ROLE);
}
