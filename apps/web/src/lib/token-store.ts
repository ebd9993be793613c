/**
 * The session held in memory only: the access token never touches localStorage or a readable cookie, so an
 * injected script cannot lift it from storage; a reload recovers it through the httpOnly refresh cookie.
 * Subscribable so React (useSyncExternalStore) re-renders when the API client refreshes or drops the session.
 */
import type { UserView } from '@talents/shared';

export interface Session {
  accessToken: string;
  user: UserView;
}

type Listener = () => void;

let current: Session | null = null;
const listeners = new Set<Listener>();

export const tokenStore = {
  get(): Session | null {
    return current;
  },
  accessToken(): string | null {
    return current?.accessToken ?? null;
  },
  set(next: Session | null): void {
    current = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
