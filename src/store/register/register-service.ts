// The case register's services over an open database (see docs/register.md). They run wherever
// the store runs: in this thread for PostgreSQL, in the store worker for an embedded database.

import type { Db } from "../db.js";
import { exportCases } from "./case-export.js";
import { importCases } from "./case-import.js";
import { listCases, showCase } from "./case-views.js";
import { registerFlows, registerSeries, registerStats } from "./register-stats.js";
import {
  acceptSuggestion,
  listSuggestions,
  rejectSuggestion,
  showSuggestion,
} from "./review-service.js";
import type { RegisterService } from "./register-types.js";

export function createRegisterService(db: Db): RegisterService {
  return {
    casesImport: (req) => importCases(db, req),
    casesExport: (req) => exportCases(db, req),
    casesList: (q) => listCases(db, q),
    caseShow: (id, opts) => showCase(db, id, opts),
    registerStats: (q) => registerStats(db, q),
    registerSeries: (q) => registerSeries(db, q),
    registerFlows: (q) => registerFlows(db, q),
    reviewList: (q) => listSuggestions(db, q),
    reviewShow: (id) => showSuggestion(db, id),
    reviewAccept: (id, opts) => acceptSuggestion(db, id, opts),
    reviewReject: (id, opts) => rejectSuggestion(db, id, opts),
  };
}
