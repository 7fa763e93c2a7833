import { Injectable, inject } from '@angular/core';
import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Observable, throwError, timer } from 'rxjs';
import { catchError, retry, shareReplay } from 'rxjs/operators';
import { environment } from '../../environments/environment';

export interface Invoice {
  id: string;
  number: string;
  customerId: string;
  total: number;
  currency: string;
  status: 'draft' | 'sent' | 'paid' | 'void';
  issuedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

@Injectable({ providedIn: 'root' })
export class InvoiceService {
  private http = inject(HttpClient);
  private base = `${environment.apiUrl}/invoices`;
  private statuses$?: Observable<string[]>;

  list(filter: { status?: Invoice['status']; page?: number } = {}): Observable<Page<Invoice>> {
    let params = new HttpParams().set('page', filter.page ?? 1);
    if (filter.status) params = params.set('status', filter.status);
    return this.http.get<Page<Invoice>>(this.base, { params }).pipe(
      retry({ count: 2, delay: (_err, attempt) => timer(attempt * 500) }),
      catchError(this.handle),
    );
  }

  get(id: string): Observable<Invoice> {
    return this.http.get<Invoice>(`${this.base}/${id}`).pipe(catchError(this.handle));
  }

  markPaid(id: string): Observable<Invoice> {
    return this.http.post<Invoice>(`${this.base}/${id}/pay`, {}).pipe(catchError(this.handle));
  }

  statuses(): Observable<string[]> {
    return (this.statuses$ ??= this.http.get<string[]>(`${this.base}/statuses`).pipe(shareReplay(1)));
  }

  private handle(err: HttpErrorResponse): Observable<never> {
    const message =
      err.status === 0 ? 'Network error, check your connection.' : err.error?.message ?? `Server returned ${err.status}`;
    return throwError(() => new Error(message));
  }
}
