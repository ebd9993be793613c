/** In-app notification rows are written by @talents/db's `notify`, shared with the worker. */
export { notify } from '@talents/db';
