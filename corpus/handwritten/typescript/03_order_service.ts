import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, In } from 'typeorm';
import { Order, OrderStatus } from './order.entity';
import { CreateOrderDto } from './dto/create-order.dto';
import { Product } from '../products/product.entity';
import { EventEmitter2 } from '@nestjs/event-emitter';

export interface OrderTotals {
  subtotal: number;
  tax: number;
  shipping: number;
  total: number;
}

const TAX_RATE = 0.19;
const FREE_SHIPPING_FROM = 50;

@Injectable()
export class OrderService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly events: EventEmitter2,
  ) {}

  async findOne(id: string): Promise<Order> {
    const order = await this.orders.findOne({ where: { id }, relations: ['lines'] });
    if (!order) {
      throw new NotFoundException(`order ${id} not found`);
    }
    return order;
  }

  async create(customerId: string, dto: CreateOrderDto): Promise<Order> {
    const ids = dto.lines.map((l) => l.productId);
    const found = await this.products.findBy({ id: In(ids) });
    const byId = new Map(found.map((p) => [p.id, p] as const));

    const lines = dto.lines.map((l) => {
      const product = byId.get(l.productId);
      if (!product) throw new NotFoundException(`product ${l.productId} not found`);
      return { productId: product.id, quantity: l.quantity, unitPrice: product.price };
    });

    const order = this.orders.create({
      customerId,
      lines,
      status: OrderStatus.Pending,
      ...this.computeTotals(lines),
    });
    const saved = await this.orders.save(order);
    this.events.emit('order.created', { orderId: saved.id, customerId });
    return saved;
  }

  async cancel(id: string, reason?: string): Promise<Order> {
    const order = await this.findOne(id);
    if (order.status === OrderStatus.Shipped || order.status === OrderStatus.Delivered) {
      throw new Error(`cannot cancel order in state ${order.status}`);
    }
    order.status = OrderStatus.Cancelled;
    order.cancelReason = reason ?? null;
    return this.orders.save(order);
  }

  computeTotals(lines: ReadonlyArray<{ quantity: number; unitPrice: number }>): OrderTotals {
    const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    const shipping = subtotal >= FREE_SHIPPING_FROM ? 0 : 4.9;
    const tax = Math.round(subtotal * TAX_RATE * 100) / 100;
    return { subtotal, tax, shipping, total: subtotal + tax + shipping };
  }
}

// ---------------------------------------------------------------------------

import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';

interface AuthedRequest extends Request {
  user: { sub: string; roles: string[] };
}

@Controller('orders')
@UseGuards(AuthGuard('jwt'))
export class OrderController {
  constructor(private readonly orders: OrderService) {}

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string, @Req() req: AuthedRequest): Promise<Order> {
    const order = await this.orders.findOne(id);
    if (order.customerId !== req.user.sub && !req.user.roles.includes('support')) {
      throw new NotFoundException(`order ${id} not found`);
    }
    return order;
  }

  @Post()
  create(@Body() dto: CreateOrderDto, @Req() req: AuthedRequest): Promise<Order> {
    return this.orders.create(req.user.sub, dto);
  }

  @Post(':id/quote')
  async quote(@Body() dto: CreateOrderDto): Promise<OrderTotals> {
    const lines = dto.lines.map((l) => ({ quantity: l.quantity, unitPrice: l.estimatedPrice ?? 0 }));
    return this.orders.computeTotals(lines);
  }

  @Delete(':id')
  cancel(@Param('id', ParseUUIDPipe) id: string, @Body('reason') reason?: string): Promise<Order> {
    return this.orders.cancel(id, reason);
  }
}
