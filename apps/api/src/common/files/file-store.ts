/** The file store is shared with the worker (it reads import CSVs): interface and disk implementation in @talents/db. */
export { FILE_KEY_PATTERN, type FileStore, type StoredFileInfo } from '@talents/db';

export const FILE_STORE = Symbol('FILE_STORE');
