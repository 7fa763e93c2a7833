import { fromEvent, Observable, of, EMPTY } from 'rxjs'
import {
  map,
  filter,
  debounceTime,
  distinctUntilChanged,
  switchMap,
  catchError,
  tap,
  startWith,
  retry,
} from 'rxjs/operators'
import { ajax } from 'rxjs/ajax'

interface Package {
  name: string
  version: string
  description: string
}

interface SearchState {
  loading: boolean
  results: Package[]
  error?: string
}

const input = document.querySelector<HTMLInputElement>('#search')!
const list = document.querySelector<HTMLUListElement>('#results')!
const status = document.querySelector<HTMLElement>('#status')!

function search(term: string): Observable<SearchState> {
  return ajax.getJSON<{ objects: { package: Package }[] }>(`/api/search?q=${encodeURIComponent(term)}&size=10`).pipe(
    retry({ count: 2, delay: 300 }),
    map(res => ({ loading: false, results: res.objects.map(o => o.package) })),
    catchError(err => of({ loading: false, results: [], error: String(err.message ?? err) })),
    startWith({ loading: true, results: [] } as SearchState),
  )
}

const state$ = fromEvent(input, 'input').pipe(
  map(e => (e.target as HTMLInputElement).value.trim()),
  debounceTime(300),
  distinctUntilChanged(),
  tap(term => history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname)),
  switchMap(term => (term.length < 2 ? of<SearchState>({ loading: false, results: [] }) : search(term))),
)

state$.subscribe(({ loading, results, error }) => {
  status.textContent = error ? `Error: ${error}` : loading ? 'Searching…' : `${results.length} results`
  list.replaceChildren(
    ...results.map(pkg => {
      const li = document.createElement('li')
      li.innerHTML = `<strong></strong> <small></small><p></p>`
      li.querySelector('strong')!.textContent = pkg.name
      li.querySelector('small')!.textContent = pkg.version
      li.querySelector('p')!.textContent = pkg.description
      return li
    }),
  )
})

fromEvent<KeyboardEvent>(document, 'keydown')
  .pipe(
    filter(e => e.key === '/' && document.activeElement !== input),
    switchMap(e => {
      e.preventDefault()
      input.focus()
      return EMPTY
    }),
  )
  .subscribe()
