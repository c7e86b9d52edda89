// The account export document: { format, version, exportedAt, settings, cardStates, reviewLogs,
// quizzes }. Bump the version whenever a field changes meaning or a required field is added;
// the importer refuses versions newer than its own, so an old server never half-reads a new file.
export const EXPORT_FORMAT = "recall-ml-export";
export const EXPORT_VERSION = 1;
