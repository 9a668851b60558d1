// The store's public surface, for the background worker and extension pages.
export { openDb, DB_NAME, type SoiTinDb } from './db';
export { saveAnalysis, getByUrl, list, deleteArticle, getSaved, type SaveResult } from './articles';
export { importLibrary } from './import';
export { StoreInputError, isQuotaError } from './errors';
export { addUserAnnotation, updateUserNote, deleteUserAnnotation, reanchorUserAnnotations, MAX_NOTE_LEN } from './user-annotations';
