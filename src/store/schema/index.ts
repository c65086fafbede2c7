// The store's schema, one module per concern. Migrations in ../migrations create exactly these
// tables (a test compares them); queries use these definitions.
export * from "./documents.js";
export * from "./extractions.js";
export * from "./actors.js";
export * from "./search.js";
export * from "./register.js";
export * from "./register-counts.js";
export * from "./accounts.js";
export * from "./migrations.js";
export * from "./checks.js";
export * from "./audit.js";
export * from "./feeds.js";
