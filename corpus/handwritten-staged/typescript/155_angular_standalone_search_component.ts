import { AsyncPipe, CurrencyPipe, NgClass, NgFor, NgIf } from '@angular/common';
import { HttpClient, HttpParams } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  EventEmitter,
  Injectable,
  Input,
  OnInit,
  Output,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { Observable, catchError, debounceTime, distinctUntilChanged, finalize, of, startWith, switchMap, tap } from 'rxjs';

export interface ProductHit {
  id: string;
  name: string;
  price: number;
  currency: 'USD' | 'EUR';
  inStock: boolean;
  thumbnail?: string;
}

interface SearchResponse {
  hits: ProductHit[];
  total: number;
  tookMs: number;
}

type SortKey = 'relevance' | 'price-asc' | 'price-desc';

@Injectable({ providedIn: 'root' })
export class ProductSearchService {
  private readonly http = inject(HttpClient);

  search(term: string, sort: SortKey, inStockOnly: boolean): Observable<SearchResponse> {
    const params = new HttpParams()
      .set('q', term)
      .set('sort', sort)
      .set('inStock', String(inStockOnly));
    return this.http.get<SearchResponse>('/api/products/search', { params });
  }
}

@Component({
  selector: 'app-product-search',
  standalone: true,
  imports: [NgIf, NgFor, NgClass, AsyncPipe, CurrencyPipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="search-bar" (submit)="$event.preventDefault()">
      <input type="search" [formControl]="query" placeholder="Search products…" aria-label="Search" />
      <select [value]="sort()" (change)="setSort($any($event.target).value)">
        <option value="relevance">Best match</option>
        <option value="price-asc">Price ↑</option>
        <option value="price-desc">Price ↓</option>
      </select>
      <label><input type="checkbox" [checked]="inStockOnly()" (change)="inStockOnly.set(!inStockOnly())" /> In stock</label>
    </form>

    <p class="meta" *ngIf="!loading(); else spinner">
      {{ total() }} result{{ total() === 1 ? '' : 's' }} <span *ngIf="tookMs() as ms">({{ ms }} ms)</span>
    </p>
    <ng-template #spinner><p class="meta">Searching…</p></ng-template>

    <p class="error" *ngIf="error() as message">{{ message }}</p>

    <ul class="results">
      <li *ngFor="let hit of hits(); trackBy: trackById" [ngClass]="{ 'out-of-stock': !hit.inStock }" (click)="picked.emit(hit)">
        <img *ngIf="hit.thumbnail" [src]="hit.thumbnail" alt="" width="48" height="48" />
        <span class="name">{{ hit.name }}</span>
        <span class="price">{{ hit.price | currency: hit.currency }}</span>
      </li>
    </ul>
  `,
})
export class ProductSearchComponent implements OnInit {
  @Input() minChars = 2;
  @Input() debounce = 250;
  @Output() readonly picked = new EventEmitter<ProductHit>();

  private readonly api = inject(ProductSearchService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly query = new FormControl<string>('', { nonNullable: true });
  readonly sort = signal<SortKey>('relevance');
  readonly inStockOnly = signal(false);

  readonly hits = signal<ProductHit[]>([]);
  readonly total = signal(0);
  readonly tookMs = signal<number | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  readonly cheapest = computed<ProductHit | undefined>(() =>
    this.hits().reduce<ProductHit | undefined>((min, h) => (!min || h.price < min.price ? h : min), undefined),
  );

  ngOnInit(): void {
    const initial = this.route.snapshot.queryParamMap.get('q') ?? '';
    this.query.setValue(initial, { emitEvent: false });

    this.query.valueChanges
      .pipe(
        startWith(initial),
        debounceTime(this.debounce),
        distinctUntilChanged(),
        tap((term) => this.syncUrl(term)),
        switchMap((term) => this.runSearch(term)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((res) => {
        this.hits.set(res.hits);
        this.total.set(res.total);
        this.tookMs.set(res.tookMs || null);
      });
  }

  setSort(value: SortKey): void {
    this.sort.set(value);
    this.query.updateValueAndValidity({ emitEvent: true });
  }

  trackById(_index: number, hit: ProductHit): string {
    return hit.id;
  }

  private runSearch(term: string): Observable<SearchResponse> {
    const empty: SearchResponse = { hits: [], total: 0, tookMs: 0 };
    if (term.trim().length < this.minChars) return of(empty);
    this.loading.set(true);
    this.error.set(null);
    return this.api.search(term.trim(), this.sort(), this.inStockOnly()).pipe(
      catchError((err: { status?: number }) => {
        this.error.set(err.status === 429 ? 'Too many searches, slow down a little.' : 'Search failed.');
        return of(empty);
      }),
      finalize(() => this.loading.set(false)),
    );
  }

  private syncUrl(term: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: term || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
