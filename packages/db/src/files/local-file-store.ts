/**
 * FileStore on the local disk (FILE_STORE_DIR): development, tests and single-machine installs. Writes go to a
 * temporary name then are renamed, so a reader never sees half a file.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { FILE_KEY_PATTERN, type FileStore, type StoredFileInfo } from './file-store';

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(prefix: string, data: Buffer): Promise<StoredFileInfo> {
    const key = `${prefix}/${new Date().getUTCFullYear()}/${randomBytes(16).toString('hex')}`;
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(4).toString('hex')}.part`;
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
    return { key, sizeBytes: data.length };
  }

  async get(key: string): Promise<Readable | null> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!FILE_KEY_PATTERN.test(key)) throw new Error(`invalid file key: ${key}`);
    return join(this.root, key);
  }
}
