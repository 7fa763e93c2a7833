import { NgModule, inject } from '@angular/core';
import { RouterModule, Routes, CanActivateFn, Router, ResolveFn, ActivatedRouteSnapshot } from '@angular/router';
import { map } from 'rxjs/operators';

import { AuthService } from './core/auth.service';
import { ProjectService, Project } from './projects/project.service';
import { ShellComponent } from './layout/shell.component';
import { NotFoundComponent } from './layout/not-found.component';

const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return auth.isLoggedIn$.pipe(
    map((ok) => ok || router.createUrlTree(['/login'], { queryParams: { next: state.url } })),
  );
};

const adminGuard: CanActivateFn = () => inject(AuthService).hasRole('admin');

const projectResolver: ResolveFn<Project> = (route: ActivatedRouteSnapshot) =>
  inject(ProjectService).get(route.paramMap.get('id')!);

const routes: Routes = [
  { path: 'login', loadComponent: () => import('./auth/login.component').then((m) => m.LoginComponent) },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'projects' },
      {
        path: 'projects',
        loadChildren: () => import('./projects/projects.routes').then((m) => m.PROJECT_ROUTES),
      },
      {
        path: 'projects/:id',
        resolve: { project: projectResolver },
        loadComponent: () => import('./projects/project-detail.component').then((m) => m.ProjectDetailComponent),
        title: 'Project',
      },
      {
        path: 'admin',
        canMatch: [adminGuard],
        loadChildren: () => import('./admin/admin.module').then((m) => m.AdminModule),
      },
    ],
  },
  { path: '**', component: NotFoundComponent, title: 'Not found' },
];

@NgModule({
  imports: [
    RouterModule.forRoot(routes, {
      bindToComponentInputs: true,
      scrollPositionRestoration: 'enabled',
      paramsInheritanceStrategy: 'always',
    }),
  ],
  exports: [RouterModule],
})
export class AppRoutingModule {}
