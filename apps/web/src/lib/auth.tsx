/**
 * Who is logged in, for the whole app. The session lives in the in-memory token store; at start-up the
 * provider asks for a refresh once (the httpOnly cookie survives reloads, the access token does not).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, RegisterRequest, UserView } from '@talents/shared';
import { currentLocale } from '../i18n';
import { refreshSession } from './api-client';
import { authApi } from './auth-api';
import { tokenStore } from './token-store';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous';

export interface AuthContextValue {
  status: AuthStatus;
  user: UserView | null;
  login(input: LoginRequest): Promise<UserView>;
  logout(): Promise<void>;
  /** Creates the account in the current UI language; the user must verify the e-mail before logging in. */
  register(input: Omit<RegisterRequest, 'locale'>): Promise<UserView>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useSyncExternalStore(tokenStore.subscribe, tokenStore.get);
  const [bootstrapped, setBootstrapped] = useState(false);

  useEffect(() => {
    let active = true;
    // refreshSession is single-flight, so StrictMode's double effect still makes one request.
    refreshSession()
      .catch(() => null) // API unreachable at start-up: behave as logged out; pages report their own errors
      .finally(() => {
        if (active) setBootstrapped(true);
      });
    return () => {
      active = false;
    };
  }, []);

  const login = useCallback(async (input: LoginRequest) => {
    const result = await authApi.login(input);
    tokenStore.set(result);
    return result.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Even if the server call fails, forget the session locally and every cached, user-specific answer.
      tokenStore.set(null);
      queryClient.clear();
    }
  }, [queryClient]);

  const register = useCallback(async (input: Omit<RegisterRequest, 'locale'>) => {
    const { user } = await authApi.register({ ...input, locale: currentLocale() });
    return user;
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({
      status: session ? 'authenticated' : bootstrapped ? 'anonymous' : 'loading',
      user: session?.user ?? null,
      login,
      logout,
      register,
    }),
    [session, bootstrapped, login, logout, register],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
