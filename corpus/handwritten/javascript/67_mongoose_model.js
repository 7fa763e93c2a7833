const mongoose = require('mongoose')
const bcrypt = require('bcryptjs')

const { Schema } = mongoose

const addressSchema = new Schema({
  line1: { type: String, required: true },
  line2: String,
  city: { type: String, required: true },
  postcode: { type: String, uppercase: true, trim: true },
  country: { type: String, default: 'GB', minlength: 2, maxlength: 2 },
}, { _id: false })

const userSchema = new Schema({
  email: {
    type: String,
    required: [true, 'Email is required'],
    unique: true,
    lowercase: true,
    trim: true,
    match: [/^\S+@\S+\.\S+$/, 'Invalid email'],
  },
  passwordHash: { type: String, select: false },
  name: { first: String, last: String },
  roles: { type: [String], enum: ['customer', 'staff', 'admin'], default: ['customer'] },
  addresses: [addressSchema],
  lastLoginAt: Date,
  deletedAt: { type: Date, default: null, index: true },
}, {
  timestamps: true,
  toJSON: {
    virtuals: true,
    transform(_doc, ret) {
      delete ret.passwordHash
      delete ret.__v
      return ret
    },
  },
})

userSchema.virtual('fullName').get(function () {
  return [this.name?.first, this.name?.last].filter(Boolean).join(' ')
})

userSchema.methods.setPassword = async function (plain) {
  this.passwordHash = await bcrypt.hash(plain, 12)
}

userSchema.methods.checkPassword = function (plain) {
  return bcrypt.compare(plain, this.passwordHash)
}

userSchema.statics.findActiveByEmail = function (email) {
  return this.findOne({ email: email.toLowerCase(), deletedAt: null }).select('+passwordHash')
}

userSchema.pre(/^find/, function (next) {
  if (this.getOptions().withDeleted !== true) this.where({ deletedAt: null })
  next()
})

module.exports = mongoose.models.User || mongoose.model('User', userSchema)
