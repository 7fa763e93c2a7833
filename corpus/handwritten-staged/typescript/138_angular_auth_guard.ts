import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router, UrlTree, type ActivatedRouteSnapshot } from '@angular/router';
import { map, take, type Observable } from 'rxjs';
import { AuthService } from './auth.service';

export type Role = 'admin' | 'manager' | 'member';

interface RouteAuthData {
  roles?: Role[];
  redirectTo?: string;
}

function readAuthData(route: ActivatedRouteSnapshot | { data?: unknown }): RouteAuthData {
  return (route.data ?? {}) as RouteAuthData;
}

export const authGuard: CanActivateFn = (route, state): Observable<boolean | UrlTree> => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const { roles, redirectTo = '/login' } = readAuthData(route);

  return auth.currentUser$.pipe(
    take(1),
    map((user) => {
      if (!user) {
        return router.createUrlTree([redirectTo], { queryParams: { returnUrl: state.url } });
      }
      if (roles && !roles.some((r) => user.roles.includes(r))) {
        return router.createUrlTree(['/forbidden']);
      }
      return true;
    }),
  );
};

export const adminOnlyMatch: CanMatchFn = (): boolean | UrlTree => {
  const auth = inject(AuthService);
  return auth.snapshot()?.roles.includes('admin') ? true : inject(Router).parseUrl('/');
};

// Usage inside routes:
// { path: 'reports', canActivate: [authGuard], data: { roles: ['admin', 'manager'] } satisfies RouteAuthData, loadComponent: ... }
