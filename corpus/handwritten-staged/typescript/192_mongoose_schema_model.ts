import { Schema, model, type HydratedDocument, type InferSchemaType, type Model, Types } from 'mongoose';

const addressSchema = new Schema(
  {
    line1: { type: String, required: true },
    city: { type: String, required: true },
    country: { type: String, required: true, minlength: 2, maxlength: 2, uppercase: true },
  },
  { _id: false },
);

const customerSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    tier: { type: String, enum: ['bronze', 'silver', 'gold'] as const, default: 'bronze' },
    addresses: { type: [addressSchema], default: [] },
    referredBy: { type: Schema.Types.ObjectId, ref: 'Customer' },
    lifetimeValueCents: { type: Number, default: 0, min: 0 },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true },
);

export type Customer = InferSchemaType<typeof customerSchema>;

interface CustomerMethods {
  upgradeTier(): Customer['tier'];
  primaryAddress(): Customer['addresses'][number] | undefined;
}

interface CustomerStatics {
  findActiveByEmail(email: string): Promise<CustomerDocument | null>;
  topSpenders(limit?: number): Promise<Array<Pick<Customer, 'email' | 'lifetimeValueCents'>>>;
}

type CustomerModel = Model<Customer, {}, CustomerMethods> & CustomerStatics;
export type CustomerDocument = HydratedDocument<Customer, CustomerMethods>;

const TIERS = ['bronze', 'silver', 'gold'] as const;

customerSchema.method('upgradeTier', function (this: CustomerDocument) {
  const i = TIERS.indexOf(this.tier);
  this.tier = TIERS[Math.min(i + 1, TIERS.length - 1)]!;
  return this.tier;
});

customerSchema.method('primaryAddress', function (this: CustomerDocument) {
  return this.addresses[0];
});

customerSchema.static('findActiveByEmail', function (this: CustomerModel, email: string) {
  return this.findOne({ email: email.toLowerCase(), deletedAt: null });
});

customerSchema.static('topSpenders', function (this: CustomerModel, limit = 10) {
  return this.find({ deletedAt: null }).sort({ lifetimeValueCents: -1 }).limit(limit).select('email lifetimeValueCents').lean();
});

customerSchema.pre('save', function (next) {
  if (this.isModified('lifetimeValueCents') && this.lifetimeValueCents > 1_000_000 && this.tier !== 'gold') {
    this.tier = 'gold';
  }
  next();
});

customerSchema.index({ tier: 1, lifetimeValueCents: -1 });

export const CustomerModel = model<Customer, CustomerModel>('Customer', customerSchema);

export async function referralCount(id: Types.ObjectId | string): Promise<number> {
  return CustomerModel.countDocuments({ referredBy: id, deletedAt: null });
}
