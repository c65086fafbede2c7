import type { Db } from "../db.js";
import type { BrowseService } from "./browse-types.js";
import {
  listEvents,
  listFigures,
  listLegalRefs,
  listReports,
  listStatements,
} from "./extractions.js";
import { listSources, showSource } from "./sources.js";

export function createBrowseService(db: Db): BrowseService {
  return {
    sourcesList: (q) => listSources(db, q),
    sourceShow: (id, opts) => showSource(db, id, opts),
    statementsList: (q) => listStatements(db, q),
    figuresList: (q) => listFigures(db, q),
    legalRefsList: (q) => listLegalRefs(db, q),
    eventsList: (q) => listEvents(db, q),
    reportsList: (q) => listReports(db, q),
  };
}
