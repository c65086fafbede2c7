import type { Role } from "../../accounts/roles.js";
import type { ChangeBy } from "../audit/audit-types.js";

// Users and sessions: plain data across the worker boundary. Passwords never reach the store:
// callers hash them (src/accounts/password.ts) and the store keeps the hash.

export interface UserInfo {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
}

export interface UserCredentials extends UserInfo {
  passwordHash: string;
}

export interface NewUser {
  name: string;
  role: Role;
  passwordHash: string;
}

export interface NewSession {
  tokenHash: string;
  userId: number;
  /** ISO 8601. */
  expiresAt: string;
  /** The caller's clock (ISO 8601): sessions expired a day before it are removed. */
  now: string;
}

export interface SessionInfo {
  user: UserInfo;
  expiresAt: string;
}

export interface AccountService {
  usersList(): Promise<UserInfo[]>;
  usersCount(): Promise<number>;
  userAdd(u: NewUser, change?: ChangeBy): Promise<UserInfo>;
  /** Removes a user and ends their sessions; the last admin cannot be removed. */
  userRemove(name: string, change?: ChangeBy): Promise<UserInfo>;
  /** Changes a role and ends the user's sessions; the last admin keeps theirs. */
  userSetRole(name: string, role: Role, change?: ChangeBy): Promise<UserInfo>;
  /** Sets a new password hash and ends the user's sessions (the audit log says so, never the hash). */
  userSetPassword(name: string, passwordHash: string, change?: ChangeBy): Promise<UserInfo>;
  /** For login: the user and their hash, or null. */
  userCredentials(name: string): Promise<UserCredentials | null>;
  sessionCreate(s: NewSession): Promise<void>;
  /** The session's user, or null when unknown or expired at `now` (expired ones are removed). */
  sessionGet(tokenHash: string, now: string): Promise<SessionInfo | null>;
  sessionDelete(tokenHash: string): Promise<void>;
}

export const ACCOUNT_METHODS = [
  "usersList",
  "usersCount",
  "userAdd",
  "userRemove",
  "userSetRole",
  "userSetPassword",
  "userCredentials",
  "sessionCreate",
  "sessionGet",
  "sessionDelete",
] as const satisfies readonly (keyof AccountService)[];
