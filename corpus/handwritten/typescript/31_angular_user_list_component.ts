import {
  Component,
  OnInit,
  OnDestroy,
  Input,
  Output,
  EventEmitter,
  ViewChild,
  ElementRef,
  ChangeDetectorRef,
} from '@angular/core';
import { FormControl } from '@angular/forms';
import { Subject, combineLatest, BehaviorSubject } from 'rxjs';
import { debounceTime, distinctUntilChanged, map, startWith, switchMap, takeUntil } from 'rxjs/operators';

import { UserService } from '../services/user.service';
import { User, UserRole } from '../models/user';
import { ToastService } from '../../shared/toast.service';

type SortKey = keyof Pick<User, 'name' | 'email' | 'createdAt'>;

interface PageState {
  page: number;
  pageSize: number;
  sort: SortKey;
  direction: 'asc' | 'desc';
}

@Component({
  selector: 'admin-user-list',
  templateUrl: './user-list.component.html',
  styleUrls: ['./user-list.component.scss'],
})
export class UserListComponent implements OnInit, OnDestroy {
  @Input() roles: UserRole[] = ['admin', 'editor', 'viewer'];
  @Input() set initialPageSize(size: number) {
    this.state$.next({ ...this.state$.value, pageSize: size });
  }
  @Output() userSelected = new EventEmitter<User>();
  @ViewChild('searchBox', { static: true }) searchBox!: ElementRef<HTMLInputElement>;

  readonly search = new FormControl<string>('', { nonNullable: true });
  readonly roleFilter = new FormControl<UserRole | ''>('', { nonNullable: true });

  users: User[] = [];
  total = 0;
  loading = false;
  selectedIds = new Set<string>();

  private readonly state$ = new BehaviorSubject<PageState>({
    page: 1,
    pageSize: 25,
    sort: 'name',
    direction: 'asc',
  });
  private readonly destroy$ = new Subject<void>();

  constructor(
    private readonly userService: UserService,
    private readonly toast: ToastService,
    private readonly cdr: ChangeDetectorRef,
  ) {}

  ngOnInit(): void {
    const search$ = this.search.valueChanges.pipe(
      startWith(this.search.value),
      debounceTime(250),
      map((s) => s.trim()),
      distinctUntilChanged(),
    );
    const role$ = this.roleFilter.valueChanges.pipe(startWith(this.roleFilter.value));

    combineLatest([search$, role$, this.state$])
      .pipe(
        switchMap(([q, role, state]) => {
          this.loading = true;
          return this.userService.list({
            q,
            role: role || undefined,
            offset: (state.page - 1) * state.pageSize,
            limit: state.pageSize,
            orderBy: `${state.direction === 'desc' ? '-' : ''}${state.sort}`,
          });
        }),
        takeUntil(this.destroy$),
      )
      .subscribe({
        next: (res) => {
          this.users = res.items;
          this.total = res.total;
          this.loading = false;
          this.cdr.markForCheck();
        },
        error: (err: unknown) => {
          this.loading = false;
          this.toast.error('Could not load users', err);
        },
      });

    this.searchBox.nativeElement.focus();
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }

  get state(): PageState {
    return this.state$.value;
  }

  get pageCount(): number {
    return Math.max(1, Math.ceil(this.total / this.state.pageSize));
  }

  sortBy(key: SortKey): void {
    const s = this.state;
    this.state$.next({
      ...s,
      page: 1,
      sort: key,
      direction: s.sort === key && s.direction === 'asc' ? 'desc' : 'asc',
    });
  }

  goTo(page: number): void {
    if (page < 1 || page > this.pageCount) return;
    this.state$.next({ ...this.state, page });
  }

  toggle(user: User, checked: boolean): void {
    checked ? this.selectedIds.add(user.id) : this.selectedIds.delete(user.id);
  }

  toggleAll(checked: boolean): void {
    this.selectedIds = checked ? new Set(this.users.map((u) => u.id)) : new Set();
  }

  deactivateSelected(): void {
    const ids = [...this.selectedIds];
    if (!ids.length || !confirm(`Deactivate ${ids.length} user(s)?`)) return;
    this.userService.deactivate(ids).subscribe(() => {
      this.toast.success(`${ids.length} user(s) deactivated`);
      this.selectedIds.clear();
      this.state$.next({ ...this.state });
    });
  }

  trackById(_index: number, user: User): string {
    return user.id;
  }
}
