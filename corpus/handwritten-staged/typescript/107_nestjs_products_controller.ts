import {
    Body,
    Controller,
    DefaultValuePipe,
    Delete,
    Get,
    HttpCode,
    HttpStatus,
    NotFoundException,
    Param,
    ParseIntPipe,
    Patch,
    Post,
    Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsPositive, IsString, MaxLength, Min } from 'class-validator';
import type { Product } from './product.entity';
import { ProductsService } from './products.service';

export enum ProductSort {
    Newest = 'newest',
    PriceAsc = 'price_asc',
    PriceDesc = 'price_desc',
}

export class CreateProductDto {
    @IsString()
    @MaxLength(120)
    readonly name!: string;

    @IsInt()
    @IsPositive()
    readonly priceCents!: number;

    @IsOptional()
    @IsString()
    readonly description?: string;

    @IsInt()
    @Min(0)
    readonly stock: number = 0;
}

export type UpdateProductDto = Partial<Omit<CreateProductDto, 'priceCents'>> & {
    readonly priceCents?: number;
};

export interface Page<T> {
    readonly items: T[];
    readonly page: number;
    readonly pageSize: number;
    readonly total: number;
}

@ApiTags('products')
@Controller({ path: 'products', version: '1' })
export class ProductsController {
    constructor(private readonly products: ProductsService) {}

    @Get()
    @ApiOkResponse({ description: 'Paged list of products' })
    async list(
        @Query('page', new DefaultValuePipe(1), ParseIntPipe) page: number,
        @Query('pageSize', new DefaultValuePipe(20), ParseIntPipe) pageSize: number,
        @Query('sort') sort: ProductSort = ProductSort.Newest,
        @Query('q') search?: string,
    ): Promise<Page<Product>> {
        const clamped = Math.min(Math.max(pageSize, 1), 100);
        const [items, total] = await this.products.findPage({
            skip: (page - 1) * clamped,
            take: clamped,
            sort,
            search: search?.trim() || undefined,
        });
        return { items, page, pageSize: clamped, total };
    }

    @Get(':id')
    async findOne(@Param('id', ParseIntPipe) id: number): Promise<Product> {
        const product = await this.products.findById(id);
        if (!product) {
            throw new NotFoundException(`Product #${id} not found`);
        }
        return product;
    }

    @Post()
    @HttpCode(HttpStatus.CREATED)
    create(@Body() dto: CreateProductDto): Promise<Product> {
        return this.products.create(dto);
    }

    @Patch(':id')
    async update(
        @Param('id', ParseIntPipe) id: number,
        @Body() dto: UpdateProductDto,
    ): Promise<Product> {
        const updated = await this.products.update(id, dto);
        if (updated === null) {
            throw new NotFoundException(`Product #${id} not found`);
        }
        return updated;
    }

    @Delete(':id')
    @HttpCode(HttpStatus.NO_CONTENT)
    async remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
        const removed: boolean = await this.products.remove(id);
        if (!removed) throw new NotFoundException();
    }

    @Get(':id/stock')
    async stock(@Param('id', ParseIntPipe) id: number): Promise<{ id: number; inStock: boolean; count: number }> {
        const product = await this.findOne(id);
        return { id, inStock: product.stock > 0, count: product.stock };
    }
}
