import {
  Module,
  Injectable,
  Controller,
  Post,
  Patch,
  Body,
  Get,
  Param,
  ParseUUIDPipe,
  NotFoundException,
  ConflictException,
} from "@nestjs/common";
import { Type } from "class-transformer";
import { ArrayMinSize, IsEnum, IsInt, IsUUID, Min, ValidateNested, IsOptional, IsString, Length } from "class-validator";
import { randomUUID } from "node:crypto";

export enum ShippingMethod {
  Standard = "standard",
  Express = "express",
  Pickup = "pickup",
}

export class OrderLineDto {
  @IsUUID()
  productId!: string;

  @IsInt()
  @Min(1)
  quantity!: number;
}

export class AddressDto {
  @IsString() @Length(1, 120) street!: string;
  @IsString() @Length(1, 80) city!: string;
  @IsString() @Length(2, 2) country!: string;
  @IsOptional() @IsString() postalCode?: string;
}

export class CreateOrderDto {
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  @ArrayMinSize(1)
  lines!: OrderLineDto[];

  @IsEnum(ShippingMethod)
  shipping: ShippingMethod = ShippingMethod.Standard;

  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;
}

export interface Order extends Readonly<Omit<CreateOrderDto, "lines">> {
  readonly id: string;
  readonly lines: ReadonlyArray<OrderLineDto>;
  readonly status: "pending" | "paid" | "shipped";
  readonly placedAt: Date;
}

@Injectable()
export class OrdersService {
  private readonly orders = new Map<string, Order>();

  place(dto: CreateOrderDto): Order {
    if (dto.shipping !== ShippingMethod.Pickup && !dto.address) {
      throw new Error("address is required unless shipping is pickup");
    }
    const order: Order = { ...dto, id: randomUUID(), status: "pending", placedAt: new Date() };
    this.orders.set(order.id, order);
    return order;
  }

  get(id: string): Order | undefined {
    return this.orders.get(id);
  }

  private static readonly transitions: Readonly<Record<Order["status"], ReadonlyArray<Order["status"]>>> = {
    pending: ["paid"],
    paid: ["shipped"],
    shipped: [],
  };

  advance(id: string, to: Order["status"]): Order {
    const current = this.orders.get(id);
    if (!current) throw new NotFoundException(`order ${id} not found`);
    if (!OrdersService.transitions[current.status].includes(to)) {
      throw new ConflictException(`cannot move order from ${current.status} to ${to}`);
    }
    const updated: Order = { ...current, status: to };
    this.orders.set(id, updated);
    return updated;
  }

  summary(): Record<Order["status"], number> {
    const out: Record<Order["status"], number> = { pending: 0, paid: 0, shipped: 0 };
    for (const o of this.orders.values()) out[o.status]++;
    return out;
  }
}

@Controller("orders")
export class OrdersController {
  constructor(private readonly service: OrdersService) {}

  @Post()
  create(@Body() dto: CreateOrderDto): Order {
    return this.service.place(dto);
  }

  @Get("summary")
  summary(): Record<Order["status"], number> {
    return this.service.summary();
  }

  @Patch(":id/status")
  advance(
    @Param("id", new ParseUUIDPipe({ version: "4" })) id: string,
    @Body() body: { status: Order["status"] },
  ): Order {
    return this.service.advance(id, body.status);
  }

  @Get(":id")
  find(@Param("id", new ParseUUIDPipe({ version: "4" })) id: string): Order | { message: string } {
    return this.service.get(id) ?? { message: "not found" };
  }
}

@Module({
  controllers: [OrdersController],
  providers: [OrdersService],
  exports: [OrdersService],
})
export class OrdersModule {}
