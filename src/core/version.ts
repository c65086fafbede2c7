// The version of what the extractors output. Bump it with any change to what `analyze` finds
// (a new rule, a fixed offset, a new field): stored documents extracted by an older version are
// re-extracted by the next `vigil ingest` of the same content, and nothing else is touched.
export const EXTRACTOR_VERSION = 13;
