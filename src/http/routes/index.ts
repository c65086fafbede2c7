import { actorRoutes } from "./actors.js";
import { auditRoutes } from "./audit.js";
import { authRoutes } from "./auth.js";
import { caseRoutes } from "./cases.js";
import { checkRoutes } from "./checks.js";
import { confidentialRoutes } from "./confidential.js";
import { extractionRoutes } from "./extractions.js";
import { healthRoutes } from "./health.js";
import type { RouteModule } from "./route-module.js";
import { searchRoutes } from "./search.js";
import { sourceRoutes } from "./sources.js";
import { statsRoutes } from "./stats.js";
import { userRoutes } from "./users.js";

/** Every area's routes, registered in this order. */
export const ROUTES: readonly RouteModule[] = [
  healthRoutes,
  authRoutes,
  userRoutes,
  sourceRoutes,
  extractionRoutes,
  actorRoutes,
  searchRoutes,
  caseRoutes,
  statsRoutes,
  checkRoutes,
  confidentialRoutes,
  auditRoutes,
];
