import {
	Directive,
	ElementRef,
	EventEmitter,
	HostListener,
	Input,
	OnDestroy,
	OnInit,
	Output,
	booleanAttribute,
	numberAttribute,
} from "@angular/core";
import { Subject, Subscription, debounceTime, distinctUntilChanged, filter, map } from "rxjs";

@Directive({
	selector: "input[appDebouncedInput]",
	standalone: true,
	exportAs: "debounced",
})
export class DebouncedInputDirective implements OnInit, OnDestroy {
	@Input({ transform: numberAttribute }) debounceMs = 300;
	@Input({ transform: numberAttribute }) minLength = 0;
	@Input({ transform: booleanAttribute }) trim = true;

	@Output() readonly debounced = new EventEmitter<string>();

	private readonly input$ = new Subject<string>();
	private sub?: Subscription;
	private lastEmitted: string | null = null;

	constructor(private readonly host: ElementRef<HTMLInputElement>) {}

	ngOnInit(): void {
		this.sub = this.input$
			.pipe(
				map((v) => (this.trim ? v.trim() : v)),
				debounceTime(this.debounceMs),
				filter((v) => v.length === 0 || v.length >= this.minLength),
				distinctUntilChanged(),
			)
			.subscribe((value) => {
				this.lastEmitted = value;
				this.debounced.emit(value);
			});
	}

	@HostListener("input", ["$event.target.value"])
	onInput(value: string): void {
		this.input$.next(value);
	}

	@HostListener("keydown.escape")
	clear(): void {
		this.host.nativeElement.value = "";
		this.input$.next("");
	}

	get current(): string | null {
		return this.lastEmitted;
	}

	ngOnDestroy(): void {
		this.sub?.unsubscribe();
		this.input$.complete();
	}
}
