import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, Repository } from 'typeorm';
import { Book } from './book.entity';
import { CreateBookDto, UpdateBookDto } from './book.dto';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

@Injectable()
export class BooksService {
  constructor(@InjectRepository(Book) private readonly books: Repository<Book>) {}

  async list(query: { q?: string; page?: number; pageSize?: number }): Promise<Page<Book>> {
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.min(100, query.pageSize ?? 20);
    const where = query.q ? [{ title: ILike(`%${query.q}%`) }, { author: ILike(`%${query.q}%`) }] : {};
    const [items, total] = await this.books.findAndCount({
      where,
      order: { title: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  async get(id: number): Promise<Book> {
    const book = await this.books.findOneBy({ id });
    if (!book) throw new NotFoundException(`Book ${id} not found`);
    return book;
  }

  async create(dto: CreateBookDto): Promise<Book> {
    const existing = await this.books.findOneBy({ isbn: dto.isbn });
    if (existing) throw new ConflictException(`ISBN ${dto.isbn} already exists`);
    return this.books.save(this.books.create(dto));
  }

  async update(id: number, dto: UpdateBookDto): Promise<Book> {
    const book = await this.get(id);
    Object.assign(book, dto);
    return this.books.save(book);
  }

  async remove(id: number): Promise<void> {
    const res = await this.books.delete(id);
    if (!res.affected) throw new NotFoundException(`Book ${id} not found`);
  }
}
