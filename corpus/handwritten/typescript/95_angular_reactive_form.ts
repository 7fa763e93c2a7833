import { Component, inject } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { NgIf } from '@angular/common';

export const dateRangeValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const from = group.get('checkIn')?.value as string | null;
  const to = group.get('checkOut')?.value as string | null;
  if (!from || !to) return null;
  return new Date(to) > new Date(from) ? null : { dateRange: 'Check-out must be after check-in' };
};

interface BookingRequest {
  guestName: string;
  email: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  notes?: string;
}

@Component({
  selector: 'app-booking-form',
  standalone: true,
  imports: [ReactiveFormsModule, NgIf],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <label>Name <input formControlName="guestName" /></label>
      <small *ngIf="form.controls.guestName.touched && form.controls.guestName.invalid">Name is required</small>

      <label>Email <input type="email" formControlName="email" /></label>
      <label>Check-in <input type="date" formControlName="checkIn" /></label>
      <label>Check-out <input type="date" formControlName="checkOut" /></label>
      <small *ngIf="form.errors?.['dateRange']">{{ form.errors?.['dateRange'] }}</small>

      <label>Guests <input type="number" min="1" max="6" formControlName="guests" /></label>
      <label>Notes <textarea formControlName="notes"></textarea></label>

      <button type="submit" [disabled]="form.invalid || saving">Book</button>
    </form>
  `,
})
export class BookingFormComponent {
  private readonly fb = inject(FormBuilder);
  saving = false;

  readonly form = this.fb.nonNullable.group(
    {
      guestName: ['', [Validators.required, Validators.maxLength(80)]],
      email: ['', [Validators.required, Validators.email]],
      checkIn: ['', Validators.required],
      checkOut: ['', Validators.required],
      guests: [2, [Validators.min(1), Validators.max(6)]],
      notes: [''],
    },
    { validators: dateRangeValidator },
  );

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving = true;
    const request: BookingRequest = this.form.getRawValue();
    console.log('booking', request);
  }
}
