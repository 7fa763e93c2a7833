import { createRouter, createWebHistory, type RouteRecordRaw, type RouteLocationNormalized } from 'vue-router'
import { useAuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean
    roles?: Array<'admin' | 'staff'>
    title?: string
    layout?: 'default' | 'blank'
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue'), meta: { title: 'Home' } },
  { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { layout: 'blank' } },
  {
    path: '/admin',
    component: () => import('@/layouts/AdminLayout.vue'),
    meta: { requiresAuth: true, roles: ['admin'] },
    children: [
      { path: '', name: 'admin-dashboard', component: () => import('@/views/admin/DashboardView.vue'), meta: { title: 'Dashboard' } },
      { path: 'users/:id(\\d+)', name: 'admin-user', component: () => import('@/views/admin/UserView.vue'), props: true },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFound.vue') },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

function hasRole(to: RouteLocationNormalized, userRoles: readonly string[]): boolean {
  const required = to.matched.flatMap((r) => r.meta.roles ?? [])
  return required.length === 0 || required.some((r) => userRoles.includes(r))
}

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  if (!auth.initialized) await auth.restoreSession()

  if (to.matched.some((r) => r.meta.requiresAuth) && !auth.isLoggedIn) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  if (!hasRole(to, auth.user?.roles ?? [])) {
    return { name: 'home' }
  }
  if (to.name === 'login' && auth.isLoggedIn) {
    return (to.query.redirect as string | undefined) ?? '/'
  }
  return true
})

router.afterEach((to: RouteLocationNormalized) => {
  document.title = to.meta.title ? `${to.meta.title} · Acme` : 'Acme'
})
