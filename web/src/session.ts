import { createContext, useContext } from "react";
import type { Role, Session } from "./api/types.js";

const ORDER: Role[] = ["viewer", "editor", "reviewer", "admin"];

export interface SessionValue {
  session: Session;
  setSession(s: Session): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside the app");
  return s;
}

/** The signed-in user has `min` or a role above it (the server decides; this hides buttons). */
export function useCan(min: Role): boolean {
  const { session } = useSession();
  const role = session.user?.role;
  return role !== undefined && ORDER.indexOf(role) >= ORDER.indexOf(min);
}
