import { Component, EventEmitter, Input, Output, ChangeDetectionStrategy } from '@angular/core';

export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

@Component({
  selector: 'app-todo-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="todos">
      <li *ngFor="let t of todos; trackBy: trackById" [class.done]="t.done">
        <input type="checkbox" [checked]="t.done" (change)="toggle.emit(t.id)" />
        <span>{{ t.title }}</span>
        <button (click)="remove.emit(t.id)" aria-label="Delete">×</button>
      </li>
    </ul>
    <p class="summary">{{ remaining }} of {{ todos.length }} left</p>
  `,
  styleUrls: ['./todo-list.component.scss'],
})
export class TodoListComponent {
  @Input() todos: Todo[] = [];
  @Output() toggle = new EventEmitter<number>();
  @Output() remove = new EventEmitter<number>();

  get remaining(): number {
    return this.todos.filter(t => !t.done).length;
  }

  trackById(_: number, t: Todo): number {
    return t.id;
  }
}
