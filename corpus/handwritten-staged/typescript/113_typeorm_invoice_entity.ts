import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm'
import { Customer } from './customer.entity'

export enum InvoiceStatus {
  Draft = 'draft',
  Sent = 'sent',
  Paid = 'paid',
  Void = 'void',
}

@Entity({ name: 'invoices' })
@Index(['customerId', 'status'])
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id!: string

  @Column({ type: 'varchar', length: 32, unique: true })
  number!: string

  @Column({ type: 'enum', enum: InvoiceStatus, default: InvoiceStatus.Draft })
  status!: InvoiceStatus

  @Column({ type: 'uuid' })
  customerId!: string

  @ManyToOne(() => Customer, (c) => c.invoices, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customerId' })
  customer!: Relation<Customer>

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { cascade: true, eager: true })
  lines!: InvoiceLine[]

  @Column({ type: 'date', nullable: true })
  dueDate?: string | null

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date

  get totalCents(): number {
    return (this.lines ?? []).reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0)
  }

  isOverdue(today: Date = new Date()): boolean {
    if (this.status !== InvoiceStatus.Sent || !this.dueDate) return false
    return new Date(this.dueDate) < today
  }
}

@Entity({ name: 'invoice_lines' })
export class InvoiceLine {
  @PrimaryGeneratedColumn('increment')
  id!: number

  @ManyToOne(() => Invoice, (inv) => inv.lines, { onDelete: 'CASCADE' })
  invoice!: Relation<Invoice>

  @Column({ type: 'varchar', length: 200 })
  description!: string

  @Column({ type: 'int' })
  quantity!: number

  @Column({ type: 'int' })
  unitPriceCents!: number
}
